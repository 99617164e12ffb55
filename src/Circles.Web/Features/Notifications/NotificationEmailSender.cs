using System.Net;
using System.Net.Mail;
using Circles.Web.Data;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Features.Notifications;

/// <summary>
/// Sends the neutral notification emails that people opted in to (SEC-7), when an SMTP server is
/// configured (<c>Notifications:Smtp:Host</c>, <c>Port</c>, <c>From</c>, optional <c>UserName</c>,
/// <c>Password</c>, <c>EnableSsl</c>). A row is deleted once sent. Without a server nothing is
/// sent and rows older than a day are deleted unsent, so no outbox of addresses piles up.
/// Logs never carry an address (SEC-33).
/// </summary>
public sealed class NotificationEmailSender(
    IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, Leases leases, ILogger<NotificationEmailSender> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>The job's lease: with several nodes on one database, one of them runs it (docs/scaling.md).</summary>
    public const string LeaseName = "notification-emails";

    /// <summary>Held for two periods and renewed every period, so the node that runs the job keeps it; another takes over when it stops renewing.</summary>
    public static readonly TimeSpan LeaseDuration = 2 * Interval;
    public static readonly TimeSpan KeepUnsentFor = TimeSpan.FromDays(1);
    private const int MaxAttempts = 5;
    private const int Batch = 50;

    private string? Host => configuration["Notifications:Smtp:Host"] is { Length: > 0 } host ? host : null;
    private string? From => configuration["Notifications:Smtp:From"] is { Length: > 0 } from ? from : null;

    public bool IsConfigured => Host is not null && From is not null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (IsConfigured)
        {
            logger.LogInformation("Notification emails are on: neutral texts only, for people who opted in");
        }
        else
        {
            logger.LogInformation("Notification emails are off: set Notifications:Smtp:Host and Notifications:Smtp:From to send them");
        }
        // The period runs on the machine's timer, not on the injected clock: that clock decides
        // what is old, and tests move it by days (FakeTimeProvider fires its own timers when
        // moved), then run a pass themselves rather than have one start behind their back.
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await RunIfLeaseHeldAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Sending notification emails failed ({Error}); trying again later", exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass, when this node holds the job's lease; returns whether it ran.</summary>
    public async Task<bool> RunIfLeaseHeldAsync(CancellationToken cancellationToken)
    {
        if (!await leases.TryAcquireAsync(LeaseName, LeaseDuration, cancellationToken))
        {
            return false;
        }
        await RunOnceAsync(cancellationToken);
        return true;
    }

    /// <summary>One pass over the outbox of every organization.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var tooOld = now - KeepUnsentFor;
        if (!IsConfigured)
        {
            await db.OutgoingEmails.IgnoreQueryFilters().Where(e => e.CreatedAt < tooOld).ExecuteDeleteAsync(cancellationToken);
            return;
        }

        var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
        var rows = await db.OutgoingEmails.IgnoreQueryFilters().OrderBy(e => e.CreatedAt).Take(Batch).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return;
        }
        using var client = new SmtpClient(Host, configuration.GetValue("Notifications:Smtp:Port", 587))
        {
            EnableSsl = configuration.GetValue("Notifications:Smtp:EnableSsl", true),
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (configuration["Notifications:Smtp:UserName"] is { Length: > 0 } userName)
        {
            client.Credentials = new NetworkCredential(userName, configuration["Notifications:Smtp:Password"]);
        }
        var sent = 0;
        foreach (var row in rows)
        {
            try
            {
                var address = protector.Unprotect(FieldPurposes.OutgoingEmailAddress, row.ProtectedAddress);
                if (!string.IsNullOrWhiteSpace(address))
                {
                    using var message = new MailMessage(From!, address, row.Subject, row.Body);
                    await client.SendMailAsync(message, cancellationToken);
                }
                db.OutgoingEmails.Remove(row);
                sent++;
            }
            catch (Exception exception) when (exception is SmtpException or FormatException or InvalidOperationException or System.Security.Cryptography.CryptographicException)
            {
                row.Attempts++;
                if (row.Attempts >= MaxAttempts || row.CreatedAt < tooOld)
                {
                    db.OutgoingEmails.Remove(row);
                }
                logger.LogWarning("A notification email could not be sent ({Error}, attempt {Attempt})", exception.GetType().Name, row.Attempts);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        if (sent > 0)
        {
            logger.LogInformation("Sent {Count} notification emails", sent);
        }
    }
}
