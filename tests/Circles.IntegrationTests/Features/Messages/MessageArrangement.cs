using System.Net;
using System.Text;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Data;
using Circles.Web.Features.Crisis;
using Circles.Web.Features.Messages;
using Circles.Web.Features.Peers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Circles.IntegrationTests.Features.Messages;

/// <summary>Match status and crisis phrases straight in the database; messages sent the way a browser without JavaScript sends them.</summary>
public static class MessageArrangement
{
    public static Task SetMatchStatusAsync(this CirclesApp app, TestOrganization organization, Guid matchId, PeerMatchStatus status) =>
        app.InOrganizationAsync(organization, async db =>
        {
            var match = await db.PeerMatches.SingleAsync(m => m.Id == matchId);
            match.Status = status;
            return await db.SaveChangesAsync();
        });

    /// <summary>The crisis helper seeds the real lists; these tests bring their own phrase.</summary>
    public static Task AddCrisisPhraseAsync(this CirclesApp app, TestOrganization organization, string language, string phrase, CrisisCategory category = CrisisCategory.SelfHarm) =>
        app.InOrganizationAsync(organization, async db =>
        {
            if (!await db.CrisisPhrases.AnyAsync(p => p.Language == language && p.Phrase == phrase))
            {
                db.CrisisPhrases.Add(new CrisisPhrase { Language = language, Phrase = phrase, Category = category });
            }
            return await db.SaveChangesAsync();
        });

    public static Task<int> MessageCountAsync(this CirclesApp app, TestOrganization organization) =>
        app.InOrganizationAsync(organization, db => db.DirectMessages.CountAsync());

    public static string PathOf(Guid matchId) => $"/messages/{matchId}";

    /// <summary>Sends a message through the conversation's own form. Returns the answer to the POST.</summary>
    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, Guid matchId, string text) =>
        client.SubmitFormAsync(PathOf(matchId), new Dictionary<string, string> { ["Form.Text"] = text }, "form[data-send-form]");

    /// <summary>Presses the conversation's "Mark as read" button, as a reader without JavaScript does (the script posts the same form).</summary>
    public static Task<HttpResponseMessage> MarkReadAsync(this HttpClient client, Guid matchId) =>
        client.SubmitFormAsync(PathOf(matchId), new Dictionary<string, string>(), "form[data-mark-read]");

    public static void AssertNotFound(HttpResponseMessage response, string what) =>
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{what}: expected 404, got {(int)response.StatusCode}");
}
