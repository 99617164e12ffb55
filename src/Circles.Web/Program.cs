using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Demo;
using Circles.Web.Features.Calendar;
using Circles.Web.Features.Campaigns;
using Circles.Web.Features.Stories;
using Circles.Web.Features.Crisis;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Api;
using Circles.Web.Features.Directory.Hsds;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.GroundRules;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Impact;
using Circles.Web.Features.Journal;
using Circles.Web.Features.Live;
using Circles.Web.Features.Messages;
using Circles.Web.Features.Moderation;
using Circles.Web.Features.MyData;
using Circles.Web.Features.Needs;
using Circles.Web.Features.Notifications;
using Circles.Web.Features.Organizations;
using Circles.Web.Features.Partners;
using Circles.Web.Features.Peers;
using Circles.Web.Features.People;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Features.PublicSite;
using Circles.Web.Features.Safety;
using Circles.Web.Features.Sessions;
using Circles.Web.Features.Shared;
using Circles.Web.Features.Volunteering;
using Circles.Web.Features.Wellbeing;
using Circles.Web.Hosting;
using Circles.Web.Security;

// A configuration Circles refuses (say, production without an encrypted key ring) ends in one plain line.
RefusedToStartException.PrintInsteadOfCrashing();
var builder = WebApplication.CreateBuilder(args);

// What Circles is made of, one line per part; each registers its own services.
builder.Services.AddSingleton(TimeProvider.System);
builder.AddSecurity();
builder.AddHosting();
builder.AddFrontEnd();
builder.AddData();
builder.AddAccounts();
builder.AddRateLimits();
builder.AddWebUi();
builder.AddLive();
builder.AddGroups();
builder.AddGroundRules();
builder.AddSessions();
builder.AddDiscussions();
builder.AddModeration();
builder.AddWellbeing();
builder.AddDirectory();
builder.AddNeeds();
builder.AddNotifications();
builder.AddPeers();
builder.AddPeople();
builder.AddMessages();
builder.AddCrisis();
builder.AddPrivateSpace();
builder.AddJournal();
builder.AddStories();
builder.AddVolunteering();
builder.AddMyData();
builder.AddPartners();
builder.AddPublicSite();
builder.AddCampaigns();
builder.AddImpact();

var app = builder.Build();

// EF builds its model of every table on first use, about a second; begun now on another thread,
// it is built while the pipeline and the endpoints are set up (issue 17: start to first answer).
var dataModel = app.StartBuildingDataModel();

// First, so that everything after it (rate limits, HTTPS cookies, HSTS) sees the client's address and scheme.
app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UseResponseCompression();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/status/{0}");
// Static files answer in this first routing step (MapFrontEnd, short-circuited), nothing after it runs for them.
app.UseRouting();
// After static files (still served under an organization's public host name), before routing.
app.UsePublicHosts();
app.UseRequestLocalization();
// Matches the pages; skipped when the first step's match still holds (it does unless UsePublicHosts rewrote the path).
app.UseRouting();
// Once the page is known, before the session check's query.
app.UseOneConnectionPerPage();
app.UseAuthentication();
// After authentication, so that per-person limits (RateLimits.Posting) know who is posting.
app.UseRateLimiter();
app.UseCurrentOrganization();
app.UseAuthorization();

app.MapFrontEnd();
app.MapRazorPages().WithStaticAssets();
app.MapExit();
app.MapCalendar();
app.MapHsdsApi();
app.MapLive();
app.MapHealthChecks("/healthz").AllowAnonymous();

// Then the database: its model, migrations, the durability check (SEC-40), what every organization needs.
await dataModel;
await app.MigrateDatabaseAsync();
await app.SeedRolesAsync();
await app.ConvertTrustedLeadersAsync();
await app.SeedDemoAsync();
await app.SeedSurvivorTaxonomyAsync();
await CrisisPhraseSeeds.SeedCrisisPhrasesAsync(app);

// Command-line verbs: same configuration and database, no web server. After the endpoints are
// mapped, so that the links they print come from the pages' routes.
if (HsdsCommand.IsInvoked(args))
{
    Environment.ExitCode = await HsdsCommand.RunAsync(args, app.Services, Console.Out);
    return;
}
if (OrganizationCommand.IsInvoked(args))
{
    Environment.ExitCode = await OrganizationCommand.RunAsync(args, app.Services, Console.Out);
    return;
}

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();

/// <summary>Visible to the test projects' WebApplicationFactory.</summary>
public partial class Program;
