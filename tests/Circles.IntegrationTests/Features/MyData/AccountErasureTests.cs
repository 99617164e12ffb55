using System.Net;
using Circles.IntegrationTests.Features.Discussions;
using Circles.IntegrationTests.Features.Moderation;
using Circles.IntegrationTests.Infrastructure;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Blocks;
using Circles.Web.Features.Discussions;
using Circles.Web.Features.Groups;
using Circles.Web.Features.Journal;
using Circles.Web.Features.Me;
using Circles.Web.Features.Messages;
using Circles.Web.Features.Moderation;
using Circles.Web.Features.Needs;
using Circles.Web.Features.Notifications;
using Circles.Web.Features.Organizations;
using Circles.Web.Features.PrivateSpace;
using Circles.Web.Features.SafetyPlan;
using Circles.Web.Features.Sessions;
using Circles.Web.Features.Wellbeing;
using Circles.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Circles.IntegrationTests.Features.MyData;

/// <summary>A member deletes their account: erasure that really erases (issue 6, SEC-36).</summary>
[Collection(SharedApp.Name)]
public sealed class AccountErasureTests(SharedCirclesApp app)
{
    private const string DeletePath = "/account/delete";

    [Theory]
    [InlineData(ErasedPostsPolicy.Anonymize)]
    [InlineData(ErasedPostsPolicy.Remove)]
    public async Task AfterErasure_NothingOfTheirsIsLeftInAnyTable_NorInTheRawStore(ErasedPostsPolicy policy)
    {
        // SEC-36: every table is walked from the data model, so a new personal table that erasure misses fails here.
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        await SetPolicyAsync(organization, policy);
        var member = organization.Member;
        var peer = organization.PeerSupporter;
        var anotherMember = await app.AddUserAsync(organization.Id, Roles.Member);
        var canaries = new List<string>();
        string Canary(string what)
        {
            var canary = $"canary-{what}-{Guid.NewGuid():N}"[..30];
            canaries.Add(canary);
            return canary;
        }

        var client = await app.SignedInAsync(member); // signing in creates the member's personal key
        var arranged = await ArrangeEverythingAsync(organization, member, peer, anotherMember, Canary);
        Assert.True(await CountAsync(organization, db => db.PersonalKeys.CountAsync(k => k.UserId == member.Id)) == 1);
        Assert.NotEmpty(await RowsNamingAsync(member.Id, member.UserName));

        var response = await client.SubmitFormAsync(DeletePath, new Dictionary<string, string>
        {
            ["Form.Password"] = CirclesApp.Password,
            ["Form.Understood"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/deleted", response.Headers.Location!.OriginalString);
        var (deleted, deletedPage) = await client.GetPageAsync("/account/deleted");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Contains("Your account has been deleted", deletedPage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        // This browser is signed out: the account page asks to sign in again.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);

        // (a) no column of any table holds their id or pseudonym.
        Assert.Empty(await RowsNamingAsync(member.Id, member.UserName));

        // (b) the raw store (SQLite files with the WAL, or every PostgreSQL row) holds none of it.
        var raw = await app.RawDatabaseTextAsync();
        Assert.DoesNotContain(member.UserName, raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(member.Id.ToString(), raw, StringComparison.OrdinalIgnoreCase);
        foreach (var canary in canaries.Where(c => policy == ErasedPostsPolicy.Remove || !c.StartsWith("canary-post", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(canary, raw, StringComparison.Ordinal);
        }

        // (c) one record that an account was erased, naming nobody.
        var erased = await CountAsync(organization, db => db.AuditEvents.Where(a => a.Action == AuditActions.AccountErased).ToListAsync());
        var record = Assert.Single(erased);
        Assert.Null(record.ActorUserId);
        Assert.StartsWith("erasure-", record.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(member.UserName, record.Subject!, StringComparison.OrdinalIgnoreCase);

        // (d) the others keep what is theirs; the other side of the match is told neutrally.
        Assert.NotEmpty(await RowsNamingAsync(peer.Id, peer.UserName));
        Assert.NotEmpty(await RowsNamingAsync(anotherMember.Id, anotherMember.UserName));
        Assert.Equal(1, await CountAsync(organization, db => db.GroupMemberships.CountAsync(m => m.UserId == anotherMember.Id)));
        Assert.Equal(1, await CountAsync(organization, db => db.Notifications.CountAsync(n => n.UserId == peer.Id && n.Kind == NotificationKind.MatchEnded)));
        Assert.Equal(0, await CountAsync(organization, db => db.PeerMatches.CountAsync()));
        Assert.Equal(0, await CountAsync(other, db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.AccountErased)));
        Assert.NotEmpty(await RowsNamingAsync(other.Member.Id, other.Member.UserName));

        var peerBrowser = await app.SignedInAsync(peer);
        var (_, thread) = await peerBrowser.GetPageAsync(DiscussionArrangement.ThreadPath(arranged.GroupId, arranged.ThreadId));
        var posts = thread.QuerySelectorAll(".discussion-post");
        Assert.Contains(posts, p => p.TextContent.Contains(arranged.ReplyText, StringComparison.Ordinal));
        if (policy == ErasedPostsPolicy.Anonymize)
        {
            var post = Assert.Single(posts, p => p.TextContent.Contains(arranged.PostText, StringComparison.Ordinal));
            Assert.Contains("A former member", post.TextContent, StringComparison.Ordinal);
            Assert.Empty(post.QuerySelectorAll("a[href*='/blocks/']"));
        }
        else
        {
            Assert.DoesNotContain(posts, p => p.TextContent.Contains(arranged.PostText, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task TheModelWalk_FindsARowThatErasureWouldHaveMissed()
    {
        // The guard of the test above cannot pass vacuously: a row naming an erased person is found.
        var organization = await app.CreateOrganizationAsync();
        var member = organization.Member;
        var client = await app.SignedInAsync(member);
        await client.SubmitFormAsync(DeletePath, new Dictionary<string, string> { ["Form.Password"] = CirclesApp.Password, ["Form.Understood"] = "true" });
        Assert.Empty(await RowsNamingAsync(member.Id, member.UserName));

        await app.AddAsync(organization, new AuditEvent { Action = "test.leftover", ActorUserId = member.Id, At = app.Clock.GetUtcNow().UtcDateTime });
        await app.AddAsync(organization, new Notification { UserId = organization.PeerSupporter.Id, Link = "/x/" + member.UserName, CreatedAt = app.Clock.GetUtcNow().UtcDateTime });

        var found = await RowsNamingAsync(member.Id, member.UserName);
        Assert.Contains(found, f => f.EndsWith(".ActorUserId", StringComparison.Ordinal));
        Assert.Contains(found, f => f.EndsWith(".Link", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-4")]
    [InlineData("ab")]
    public async Task Erasure_OfAMemberWhoseNameIsPartOfManyIds_ErasesOnlyTheirOwnAuditRows(string pseudonym)
    {
        // Issue 14, hole 1: audit subjects are ids, and "-4" or "ab" is part of most of them.
        var organization = await app.CreateOrganizationAsync();
        var other = await app.CreateOrganizationAsync();
        var member = organization.Member;
        var client = await app.SignedInAsync(member);
        await app.InOrganizationAsync(organization, db => db.Users.Where(u => u.Id == member.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.UserName, pseudonym).SetProperty(x => x.NormalizedUserName, pseudonym.ToUpperInvariant())));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        const string lookalike = "0000ab00-4000-4abc-8000-0000000000ab";
        await app.AddAsync(organization, new AuditEvent { Action = "test.theirs", ActorUserId = member.Id, At = now });
        await app.AddAsync(organization, new AuditEvent { Action = "test.about-them", ActorUserId = organization.Coordinator.Id, Subject = member.Id.ToString(), At = now });
        await app.AddAsync(organization, new AuditEvent { Action = "test.about-their-role", ActorUserId = organization.Coordinator.Id, Subject = $"{member.Id}:{Roles.Member}", At = now });
        await app.AddAsync(organization, new AuditEvent { Action = "test.someone-else", ActorUserId = organization.Coordinator.Id, Subject = organization.Facilitator.Id.ToString(), At = now });
        await app.AddAsync(organization, new AuditEvent { Action = "test.lookalike", ActorUserId = organization.Coordinator.Id, Subject = lookalike, At = now });
        await app.AddAsync(organization, new AuditEvent { Action = "test.words", ActorUserId = organization.Coordinator.Id, Subject = "json: annual report -4 ab", At = now });
        await app.AddAsync(other, new AuditEvent { Action = "test.other-organization", ActorUserId = other.Coordinator.Id, Subject = other.Member.Id.ToString(), At = now });

        var response = await client.SubmitFormAsync(DeletePath, new Dictionary<string, string> { ["Form.Password"] = CirclesApp.Password, ["Form.Understood"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var left = await CountAsync(organization, db => db.AuditEvents.Where(a => a.Action.StartsWith("test.")).Select(a => a.Action).OrderBy(a => a).ToListAsync());
        Assert.Equal(["test.lookalike", "test.someone-else", "test.words"], left);
        Assert.Equal(1, await CountAsync(other, db => db.AuditEvents.CountAsync(a => a.Action == "test.other-organization")));
    }

    [Fact]
    public async Task WrongPassword_OrUncheckedBox_ErasesNothing_AndSaysWhy()
    {
        var organization = await app.CreateOrganizationAsync();
        var member = organization.Member;
        var client = await app.SignedInAsync(member);

        var (page, document) = await client.GetPageAsync(DeletePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("cannot be brought back", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("main a[href='/account/data']"));
        Assert.NotNull(document.QuerySelector("[data-posts-policy='anonymize']"));

        var wrong = await client.SubmitFormAsync(DeletePath, new Dictionary<string, string> { ["Form.Password"] = "not the password at all", ["Form.Understood"] = "true" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var wrongPage = await wrong.ParseAsync();
        Assert.Contains("That password is not right.", wrongPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(wrongPage.QuerySelector("input[name='Form.Understood']")!.HasAttribute("checked"));

        var notTicked = await client.SubmitFormAsync(DeletePath, new Dictionary<string, string> { ["Form.Password"] = CirclesApp.Password });
        Assert.Equal(HttpStatusCode.OK, notTicked.StatusCode);
        Assert.Contains("Tick the box", (await notTicked.ParseAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(1, await CountAsync(organization, db => db.Users.CountAsync(u => u.Id == member.Id)));
        Assert.Equal(0, await CountAsync(organization, db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.AccountErased)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task StaffCannotDeleteTheirAccountHere_AndThePostIsRefusedToo()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var member = await app.SignedInAsync(organization.Member);
        var (_, form) = await member.GetPageAsync(DeletePath);
        var token = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync(DeletePath)).StatusCode);
        var post = await coordinator.PostAsync(DeletePath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Password"] = CirclesApp.Password,
            ["Form.Understood"] = "true",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest);
        Assert.Equal(1, await CountAsync(organization, db => db.Users.CountAsync(u => u.Id == organization.Coordinator.Id)));
    }

    [Fact]
    public async Task CoordinatorChoosesToRemovePosts_TheDeletePageSaysSo()
    {
        var organization = await app.CreateOrganizationAsync();
        var coordinator = await app.SignedInAsync(organization.Coordinator);
        var member = await app.SignedInAsync(organization.Member);

        var saved = await coordinator.SubmitFormAsync("/settings", new Dictionary<string, string> { ["Form.ErasedPostsPolicy"] = nameof(ErasedPostsPolicy.Remove) });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ErasedPostsPolicy.Remove, await CountAsync(organization, db => db.Organizations.Select(o => o.ErasedPostsPolicy).SingleAsync()));
        var (_, page) = await member.GetPageAsync(DeletePath);
        Assert.NotNull(page.QuerySelector("[data-posts-policy='remove']"));
        Assert.Null(page.QuerySelector("[data-posts-policy='anonymize']"));
    }

    private sealed record Arranged(Guid GroupId, Guid ThreadId, string PostText, string ReplyText);

    /// <summary>Rows in as many personal tables as practical, with canaries where the table holds words.</summary>
    private async Task<Arranged> ArrangeEverythingAsync(TestOrganization organization, TestUser member, TestUser peer, TestUser anotherMember, Func<string, string> canary)
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var group = await app.CreateGroupAsync(organization, activeMembers: [member, peer, anotherMember]);
        var sessionId = await app.CreateSessionAsync(organization, group.Id, now.AddDays(-1));
        var postText = canary("post");
        var postId = await app.AddPostAsync(organization, group.Id, member, postText);
        var replyText = "A reply that stays " + Guid.NewGuid().ToString("N")[..6];
        var message = await app.AddDirectMessageAsync(organization, member, peer, canary("dm-out"));

        return await app.InOrganizationAsync(organization, async db =>
        {
            var protector = app.Services.GetRequiredService<FieldProtector>();
            var threadId = await db.DiscussionPosts.Where(p => p.Id == postId).Select(p => p.ThreadId).SingleAsync();
            db.DiscussionPosts.Add(new DiscussionPost
            {
                ThreadId = threadId,
                GroupId = group.Id,
                AuthorUserId = peer.Id,
                ProtectedBody = protector.Protect(FieldPurposes.DiscussionPostBody, replyText)!,
                CreatedAt = now.AddMinutes(1),
            });
            db.DirectMessages.Add(new DirectMessage
            {
                MatchId = message.MatchId,
                SenderUserId = peer.Id,
                RecipientUserId = member.Id,
                ProtectedBody = protector.Protect(FieldPurposes.DirectMessageBody, canary("dm-in"))!,
                SentAt = now,
            });
            db.Attendances.Add(new Attendance { SessionId = sessionId, UserId = member.Id, Status = AttendanceStatus.Present, RecordedAt = now });
            var need = new Need { MemberUserId = member.Id, ProtectedDescription = protector.Protect(FieldPurposes.NeedDescription, canary("need")), CreatedAt = now };
            db.Needs.Add(need);
            db.Consents.Add(new Consent { MemberUserId = member.Id, TextVersion = "v1", GivenAt = now, RecordedByUserId = organization.Coordinator.Id });
            db.ContactPreferences.Add(new ContactPreference { UserId = member.Id, SafeTimeWindow = canary("contact"), UpdatedAt = now });
            var key = PersonalCipher.NewKey();
            var entry = new JournalEntry { UserId = member.Id, CreatedAt = now, UpdatedAt = now, SealedText = "" };
            entry.SealedText = PersonalCipher.Seal(key, PersonalPurposes.JournalText, entry.Id, canary("journal"))!;
            db.JournalEntries.Add(entry);
            db.SafetyPlans.Add(new PersonalSafetyPlan { UserId = member.Id, CreatedAt = now, UpdatedAt = now });
            db.WellbeingCheckIns.Add(new WellbeingCheckIn { UserId = member.Id, TakenAt = now, Item1 = 3, Item2 = 3, Item3 = 3, Item4 = 3, Item5 = 3 });
            db.Notifications.Add(new Notification { UserId = member.Id, Link = "/peers", CreatedAt = now });
            db.MemberBlocks.Add(new MemberBlock { BlockerUserId = member.Id, BlockedUserId = anotherMember.Id, CreatedAt = now });
            db.MemberBlocks.Add(new MemberBlock { BlockerUserId = anotherMember.Id, BlockedUserId = member.Id, CreatedAt = now });
            db.MessageReports.Add(new MessageReport { Kind = MessageKind.DirectMessage, MessageId = message.Id, ReportedByUserId = member.Id, CreatedAt = now });
            db.AuditEvents.Add(new AuditEvent { Action = "test.naming", ActorUserId = organization.Coordinator.Id, Subject = member.Id.ToString(), At = now });
            // The other member keeps their own things.
            db.WellbeingCheckIns.Add(new WellbeingCheckIn { UserId = anotherMember.Id, TakenAt = now, Item1 = 1, Item2 = 1, Item3 = 1, Item4 = 1, Item5 = 1 });
            await db.SaveChangesAsync();
            return new Arranged(group.Id, threadId, postText, replyText);
        });
    }

    private Task<int> SetPolicyAsync(TestOrganization organization, ErasedPostsPolicy policy) =>
        app.InOrganizationAsync(organization, async db =>
        {
            var row = await db.Organizations.SingleAsync();
            row.ErasedPostsPolicy = policy;
            return await db.SaveChangesAsync();
        });

    private Task<T> CountAsync<T>(TestOrganization organization, Func<CirclesDb, Task<T>> query) =>
        app.InOrganizationAsync(organization, db => query(db));

    /// <summary>
    /// Every Guid and text column of every table in the data model, read with raw SQL: the
    /// "table.column" places that hold this person's id (in any case) or pseudonym.
    /// </summary>
    private async Task<List<string>> RowsNamingAsync(Guid userId, string pseudonym)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirclesDb>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var found = new List<string>();
        try
        {
            foreach (var entity in db.Model.GetEntityTypes())
            {
                if (entity.GetTableName() is not { } table)
                {
                    continue;
                }
                var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
                foreach (var property in entity.GetProperties())
                {
                    var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                    if ((type != typeof(Guid) && type != typeof(string)) || property.GetColumnName(store) is not { } column)
                    {
                        continue;
                    }
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE LOWER(CAST(\"{column}\" AS TEXT)) LIKE @id OR LOWER(CAST(\"{column}\" AS TEXT)) LIKE @pseudonym";
                    var id = command.CreateParameter();
                    id.ParameterName = "@id";
                    id.Value = "%" + userId.ToString().ToLowerInvariant() + "%";
                    var name = command.CreateParameter();
                    name.ParameterName = "@pseudonym";
                    name.Value = "%" + pseudonym.ToLowerInvariant() + "%";
                    command.Parameters.Add(id);
                    command.Parameters.Add(name);
                    if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
                    {
                        found.Add($"{table}.{column}");
                    }
                }
            }
        }
        finally
        {
            await connection.CloseAsync();
        }
        return found;
    }
}
