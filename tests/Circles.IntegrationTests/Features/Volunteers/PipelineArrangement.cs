using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Volunteers;
using Circles.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.Volunteers;

/// <summary>Volunteer applications as the public form leaves them (contact and words encrypted), optionally with a history of moves.</summary>
public static class PipelineArrangement
{
    public static async Task<Guid> AddApplicationAsync(
        this CirclesApp app,
        TestOrganization organization,
        string name = "Lina",
        VolunteerStage stage = VolunteerStage.Interest,
        DateTime? appliedAt = null,
        string? contact = null,
        string languages = "English, Arabic",
        IReadOnlyList<(VolunteerStage From, VolunteerStage To, DateOnly On)>? moves = null)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
        var applied = appliedAt ?? app.Clock.GetUtcNow().UtcDateTime;
        var application = new VolunteerApplication
        {
            Name = name,
            ProtectedContact = protector.Protect(FieldPurposes.VolunteerContact, contact ?? "lina@example.org"),
            ProtectedMotivation = protector.Protect(FieldPurposes.VolunteerMotivation, "I would like to help at the Thursday circle."),
            ProtectedWorries = protector.Protect(FieldPurposes.VolunteerWorries, "Saying the wrong thing."),
            Skills = "Cooking",
            Languages = languages,
            Availability = "Evenings",
            HeardFrom = "A friend",
            Stage = stage,
            StageEnteredAt = applied,
            CreatedAt = applied,
        };
        db.VolunteerApplications.Add(application);
        foreach (var (from, to, on) in moves ?? [])
        {
            db.VolunteerStageMoves.Add(new VolunteerStageMove
            {
                ApplicationId = application.Id,
                From = from,
                To = to,
                On = on,
                MovedByUserId = organization.Coordinator.Id,
                RecordedAt = on.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
            });
            application.StageEnteredAt = on.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        }
        await db.SaveChangesAsync();
        return application.Id;
    }

    public static async Task<T> InOrganizationAsync<T>(this CirclesApp app, TestOrganization organization, Func<CirclesDb, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id);
        return await query(scope.ServiceProvider.GetRequiredService<CirclesDb>());
    }

    public static DateOnly Today(this CirclesApp app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    public static string Iso(this DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
