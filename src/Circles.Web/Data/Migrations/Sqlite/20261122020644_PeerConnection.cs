using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeerConnection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DiscussionMode",
                table: "SupportGroups",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "WhileFacilitatorOnDuty");

            migrationBuilder.AddColumn<int>(
                name: "MessageRetentionDays",
                table: "Organizations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedEmail",
                table: "ContactPreferences",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ShareReadReceipts",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CrisisAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WriterUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchedPhrase = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrisisAlerts_AspNetUsers_WriterUserId",
                        column: x => x.WriterUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrisisPhrases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Phrase = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrisisPhrases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DiscussionRestrictions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Until = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscussionRestrictions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscussionRestrictions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DiscussionRestrictions_SupportGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DiscussionThreads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtectedTitle = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastPostAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscussionThreads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscussionThreads_AspNetUsers_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DiscussionThreads_SupportGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FacilitatorDuties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FacilitatorDuties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FacilitatorDuties_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FacilitatorDuties_SupportGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberBlocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BlockerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BlockedUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberBlocks_AspNetUsers_BlockedUserId",
                        column: x => x.BlockedUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MemberBlocks_AspNetUsers_BlockerUserId",
                        column: x => x.BlockerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MessageReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReportedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessageReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MessageReports_AspNetUsers_ReportedByUserId",
                        column: x => x.ReportedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingEmails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtectedAddress = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingEmails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PeerRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Experiences = table.Column<int>(type: "INTEGER", nullable: false),
                    Topics = table.Column<int>(type: "INTEGER", nullable: false),
                    PreferredGender = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Availability = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerRequests_AspNetUsers_MemberUserId",
                        column: x => x.MemberUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PeerRequests_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PeerSupporterLanguages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerSupporterLanguages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerSupporterLanguages_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeerSupporterProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrainingCompletedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TrainingMarkedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Experiences = table.Column<int>(type: "INTEGER", nullable: false),
                    Topics = table.Column<int>(type: "INTEGER", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Availability = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    PausedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SupervisionEveryWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerSupporterProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerSupporterProfiles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PeerSupporterProfiles_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionCheckIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoordinatorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScheduledFor = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HeldAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Wellbeing = table.Column<int>(type: "INTEGER", nullable: true),
                    ProtectedNote = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionCheckIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionCheckIns_AspNetUsers_PeerUserId",
                        column: x => x.PeerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DiscussionPosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThreadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtectedBody = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    ProtectedContentWarning = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HiddenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HiddenByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscussionPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscussionPosts_AspNetUsers_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DiscussionPosts_DiscussionThreads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "DiscussionThreads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DiscussionReadMarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThreadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReadUpTo = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscussionReadMarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscussionReadMarks_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DiscussionReadMarks_DiscussionThreads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "DiscussionThreads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeerMatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MemberUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoordinatorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MemberAcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PeerAcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActiveSince = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerMatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerMatches_AspNetUsers_MemberUserId",
                        column: x => x.MemberUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PeerMatches_AspNetUsers_PeerUserId",
                        column: x => x.PeerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PeerMatches_PeerRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "PeerRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "DirectMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SenderUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtectedBody = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HiddenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HiddenByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DirectMessages_AspNetUsers_RecipientUserId",
                        column: x => x.RecipientUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectMessages_AspNetUsers_SenderUserId",
                        column: x => x.SenderUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DirectMessages_PeerMatches_MatchId",
                        column: x => x.MatchId,
                        principalTable: "PeerMatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CrisisAlerts_AcknowledgedAt_GroupId",
                table: "CrisisAlerts",
                columns: new[] { "AcknowledgedAt", "GroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_CrisisAlerts_OrganizationId",
                table: "CrisisAlerts",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CrisisAlerts_WriterUserId",
                table: "CrisisAlerts",
                column: "WriterUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CrisisPhrases_OrganizationId",
                table: "CrisisPhrases",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CrisisPhrases_OrganizationId_Language_Phrase",
                table: "CrisisPhrases",
                columns: new[] { "OrganizationId", "Language", "Phrase" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectMessages_MatchId_SentAt",
                table: "DirectMessages",
                columns: new[] { "MatchId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectMessages_OrganizationId",
                table: "DirectMessages",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectMessages_RecipientUserId_ReadAt",
                table: "DirectMessages",
                columns: new[] { "RecipientUserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectMessages_SenderUserId",
                table: "DirectMessages",
                column: "SenderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DirectMessages_SentAt",
                table: "DirectMessages",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionPosts_AuthorUserId",
                table: "DiscussionPosts",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionPosts_GroupId_CreatedAt",
                table: "DiscussionPosts",
                columns: new[] { "GroupId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionPosts_OrganizationId",
                table: "DiscussionPosts",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionPosts_ThreadId_CreatedAt",
                table: "DiscussionPosts",
                columns: new[] { "ThreadId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionReadMarks_OrganizationId",
                table: "DiscussionReadMarks",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionReadMarks_ThreadId",
                table: "DiscussionReadMarks",
                column: "ThreadId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionReadMarks_UserId_ThreadId",
                table: "DiscussionReadMarks",
                columns: new[] { "UserId", "ThreadId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionRestrictions_GroupId_UserId",
                table: "DiscussionRestrictions",
                columns: new[] { "GroupId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionRestrictions_OrganizationId",
                table: "DiscussionRestrictions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionRestrictions_UserId",
                table: "DiscussionRestrictions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionThreads_AuthorUserId",
                table: "DiscussionThreads",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionThreads_GroupId_LastPostAt",
                table: "DiscussionThreads",
                columns: new[] { "GroupId", "LastPostAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DiscussionThreads_OrganizationId",
                table: "DiscussionThreads",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_FacilitatorDuties_GroupId_EndsAt",
                table: "FacilitatorDuties",
                columns: new[] { "GroupId", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FacilitatorDuties_OrganizationId",
                table: "FacilitatorDuties",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_FacilitatorDuties_UserId",
                table: "FacilitatorDuties",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberBlocks_BlockedUserId",
                table: "MemberBlocks",
                column: "BlockedUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberBlocks_BlockerUserId_BlockedUserId",
                table: "MemberBlocks",
                columns: new[] { "BlockerUserId", "BlockedUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberBlocks_OrganizationId",
                table: "MemberBlocks",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MessageReports_Kind_MessageId",
                table: "MessageReports",
                columns: new[] { "Kind", "MessageId" });

            migrationBuilder.CreateIndex(
                name: "IX_MessageReports_OrganizationId",
                table: "MessageReports",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_MessageReports_ReportedByUserId",
                table: "MessageReports",
                column: "ReportedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MessageReports_ResolvedAt_GroupId",
                table: "MessageReports",
                columns: new[] { "ResolvedAt", "GroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_CreatedAt",
                table: "Notifications",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_OrganizationId",
                table: "Notifications",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmails_CreatedAt",
                table: "OutgoingEmails",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmails_OrganizationId",
                table: "OutgoingEmails",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerMatches_MemberUserId_Status",
                table: "PeerMatches",
                columns: new[] { "MemberUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PeerMatches_OrganizationId",
                table: "PeerMatches",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerMatches_PeerUserId_Status",
                table: "PeerMatches",
                columns: new[] { "PeerUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PeerMatches_RequestId",
                table: "PeerMatches",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerRequests_CommunityId",
                table: "PeerRequests",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerRequests_MemberUserId_Status",
                table: "PeerRequests",
                columns: new[] { "MemberUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PeerRequests_OrganizationId",
                table: "PeerRequests",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupporterLanguages_Language_UserId",
                table: "PeerSupporterLanguages",
                columns: new[] { "Language", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupporterLanguages_OrganizationId",
                table: "PeerSupporterLanguages",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupporterLanguages_UserId",
                table: "PeerSupporterLanguages",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupporterProfiles_CommunityId",
                table: "PeerSupporterProfiles",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupporterProfiles_OrganizationId",
                table: "PeerSupporterProfiles",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupporterProfiles_UserId",
                table: "PeerSupporterProfiles",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionCheckIns_OrganizationId",
                table: "SupervisionCheckIns",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionCheckIns_PeerUserId_ScheduledFor",
                table: "SupervisionCheckIns",
                columns: new[] { "PeerUserId", "ScheduledFor" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrisisAlerts");

            migrationBuilder.DropTable(
                name: "CrisisPhrases");

            migrationBuilder.DropTable(
                name: "DirectMessages");

            migrationBuilder.DropTable(
                name: "DiscussionPosts");

            migrationBuilder.DropTable(
                name: "DiscussionReadMarks");

            migrationBuilder.DropTable(
                name: "DiscussionRestrictions");

            migrationBuilder.DropTable(
                name: "FacilitatorDuties");

            migrationBuilder.DropTable(
                name: "MemberBlocks");

            migrationBuilder.DropTable(
                name: "MessageReports");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "OutgoingEmails");

            migrationBuilder.DropTable(
                name: "PeerSupporterLanguages");

            migrationBuilder.DropTable(
                name: "PeerSupporterProfiles");

            migrationBuilder.DropTable(
                name: "SupervisionCheckIns");

            migrationBuilder.DropTable(
                name: "PeerMatches");

            migrationBuilder.DropTable(
                name: "DiscussionThreads");

            migrationBuilder.DropTable(
                name: "PeerRequests");

            migrationBuilder.DropColumn(
                name: "DiscussionMode",
                table: "SupportGroups");

            migrationBuilder.DropColumn(
                name: "MessageRetentionDays",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ProtectedEmail",
                table: "ContactPreferences");

            migrationBuilder.DropColumn(
                name: "ShareReadReceipts",
                table: "AspNetUsers");
        }
    }
}
