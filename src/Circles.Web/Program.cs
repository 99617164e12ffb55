using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Demo;
using Circles.Web.Features.Calendar;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Api;
using Circles.Web.Features.Live;
using Circles.Web.Features.Safety;
using Circles.Web.Features.Shared;
using Circles.Web.Security;
using Microsoft.AspNetCore.DataProtection;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddScoped<AuditLog>();
builder.Services.AddSingleton<FieldProtector>();
builder.Services.AddScoped<SignInCompletion>();
builder.Services.AddScoped<Circles.Web.Features.Groups.Memberships>();
builder.Services.AddScoped<Circles.Web.Features.Sessions.SessionClosing>();
builder.Services.AddScoped<Circles.Web.Features.Wellbeing.WellbeingOffer>();
builder.Services.AddScoped<Circles.Web.Features.Directory.DirectorySearch>();
builder.Services.AddScoped<Circles.Web.Features.Directory.Hsds.Import.HsdsImporter>();
builder.Services.AddScoped<Circles.Web.Features.Directory.Hsds.Export.HsdsExporter>();
builder.Services.AddScoped<Circles.Web.Features.Needs.ReferralSteps>();
builder.Services.AddScoped<Circles.Web.Features.Directory.Gaps.GapAnalysis>();
builder.Services.AddScoped<Circles.Web.Features.Notifications.Notifier>();
builder.Services.AddScoped<Circles.Web.Features.Notifications.UnreadBadges>();
builder.Services.AddScoped<Circles.Web.Features.Crisis.CrisisDetector>();
builder.Services.AddScoped<Circles.Web.Features.Crisis.CrisisAlerts>();
builder.Services.AddScoped<Circles.Web.Features.PrivateSpace.PersonalKeys>();
builder.Services.AddScoped<Circles.Web.Features.MyData.AccountErasure>();
builder.Services.AddScoped<Circles.Web.Features.MyData.PersonalDataExport>();
// Singletons as well as hosted services, so that tests can run one pass with a hand-moved clock.
builder.Services.AddSingleton<Circles.Web.Features.Notifications.NotificationEmailSender>();
builder.Services.AddHostedService(services => services.GetRequiredService<Circles.Web.Features.Notifications.NotificationEmailSender>());
builder.Services.AddSingleton<Circles.Web.Features.Messages.MessageRetention>();
builder.Services.AddHostedService(services => services.GetRequiredService<Circles.Web.Features.Messages.MessageRetention>());
builder.Services.AddDataProtection()
    .SetApplicationName("Circles")
    .PersistKeysToFileSystem(new DirectoryInfo(builder.Configuration["DataProtection:KeysFolder"] ?? "data/keys"));
builder.AddData();
builder.AddAccounts();
builder.AddRateLimits();
builder.AddWebUi();
builder.AddLive();
builder.Services.AddHsts(options =>
{
    options.MaxAge = TimeSpan.FromDays(365);
    options.IncludeSubDomains = true;
    options.ExcludedHosts.Clear();
});

var app = builder.Build();

await app.MigrateDatabaseAsync();
await app.SeedRolesAsync();
await app.SeedDemoAsync();
await app.SeedSurvivorTaxonomyAsync();
await Circles.Web.Features.Crisis.CrisisPhraseSeeds.SeedCrisisPhrasesAsync(app);

// `hsds import|export …` on the command line: same configuration and database, no web server.
if (Circles.Web.Features.Directory.Hsds.HsdsCommand.IsInvoked(args))
{
    Environment.ExitCode = await Circles.Web.Features.Directory.Hsds.HsdsCommand.RunAsync(args, app.Services, Console.Out);
    return;
}

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseStaticFiles(new StaticFileOptions
{
    OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
});
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
// After authentication, so that per-person limits (RateLimits.Posting) know who is posting.
app.UseRateLimiter();
app.UseCurrentOrganization();
app.UseAuthorization();

app.MapRazorPages();
app.MapExit();
app.MapCalendar();
app.MapHsdsApi();
app.MapLive();
app.MapHealthChecks("/healthz").AllowAnonymous();

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();

/// <summary>Visible to the test projects' WebApplicationFactory.</summary>
public partial class Program;
