using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VolunteersPartnersCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublicHost",
                table: "Organizations",
                type: "character varying(253)",
                maxLength: 253,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PublicSiteEnabled",
                table: "Organizations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AssignedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assignments_AspNetUsers_AssignedByUserId",
                        column: x => x.AssignedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Assignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Partners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactNameProtected = table.Column<string>(type: "text", nullable: true),
                    ContactPhoneProtected = table.Column<string>(type: "text", nullable: true),
                    ContactEmailProtected = table.Column<string>(type: "text", nullable: true),
                    PreferredContact = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ShowWhenJoining = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublicPageVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Page = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Culture = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Markdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RestoredFromId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicPageVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublicPageVersions_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "RequirementTypes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Roles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ValidityMonths = table.Column<int>(type: "integer", nullable: false),
                    RenewalWindowDays = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequirementTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProtectedContact = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ProtectedMotivation = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ProtectedWorries = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Skills = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Languages = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Availability = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    HeardFrom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StageEnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    InvitationId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VolunteerApplications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_VolunteerApplications_Invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerHours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Quarters = table.Column<int>(type: "integer", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReturnReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReviewedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerHours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VolunteerHours_AspNetUsers_ReviewedByUserId",
                        column: x => x.ReviewedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_VolunteerHours_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VolunteerHours_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CampaignCommunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignCommunities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignCommunities_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignCommunities_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: true),
                    Attendance = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignEvents_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignEvents_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CampaignGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    Measure = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Target = table.Column<int>(type: "integer", nullable: false),
                    EnteredActual = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignGoals_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignReachFigures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignReachFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignReachFigures_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CampaignReachFigures_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignPartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignPartners_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignPartners_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CampaignId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OwnerPartnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    DoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DoneByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignTasks_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CampaignTasks_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignTasks_Partners_OwnerPartnerId",
                        column: x => x.OwnerPartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "JoinSourceCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: true),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JoinSourceCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JoinSourceCounts_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_JoinSourceCounts_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PartnerAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerAccounts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnerAccounts_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerCommunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerCommunities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerCommunities_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnerCommunities_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerEngagements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    NextStep = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    NextStepDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextStepOwnerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    NextStepDoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerEngagements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerEngagements_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PartnerEngagements_AspNetUsers_NextStepOwnerUserId",
                        column: x => x.NextStepOwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PartnerEngagements_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequirementCompletions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequirementTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequirementCompletions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequirementCompletions_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RequirementCompletions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RequirementCompletions_RequirementTypes_RequirementTypeId",
                        column: x => x.RequirementTypeId,
                        principalTable: "RequirementTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerScreeningChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerScreeningChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VolunteerScreeningChecks_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_VolunteerScreeningChecks_VolunteerApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "VolunteerApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerStageMoves",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MovedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerStageMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VolunteerStageMoves_AspNetUsers_MovedByUserId",
                        column: x => x.MovedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_VolunteerStageMoves_VolunteerApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "VolunteerApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_PublicHost",
                table: "Organizations",
                column: "PublicHost",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_AssignedByUserId",
                table: "Assignments",
                column: "AssignedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_OrganizationId",
                table: "Assignments",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_OrganizationId_UserId",
                table: "Assignments",
                columns: new[] { "OrganizationId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_UserId",
                table: "Assignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignCommunities_CampaignId_CommunityId",
                table: "CampaignCommunities",
                columns: new[] { "CampaignId", "CommunityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignCommunities_CommunityId",
                table: "CampaignCommunities",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignCommunities_OrganizationId",
                table: "CampaignCommunities",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignEvents_CampaignId",
                table: "CampaignEvents",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignEvents_CommunityId",
                table: "CampaignEvents",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignEvents_OrganizationId",
                table: "CampaignEvents",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignGoals_CampaignId",
                table: "CampaignGoals",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignGoals_OrganizationId",
                table: "CampaignGoals",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignPartners_CampaignId_PartnerId",
                table: "CampaignPartners",
                columns: new[] { "CampaignId", "PartnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignPartners_OrganizationId",
                table: "CampaignPartners",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignPartners_PartnerId",
                table: "CampaignPartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignReachFigures_CampaignId_RecordedOn",
                table: "CampaignReachFigures",
                columns: new[] { "CampaignId", "RecordedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignReachFigures_CreatedByUserId",
                table: "CampaignReachFigures",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignReachFigures_OrganizationId",
                table: "CampaignReachFigures",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_OrganizationId",
                table: "Campaigns",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignTasks_CampaignId",
                table: "CampaignTasks",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignTasks_OrganizationId",
                table: "CampaignTasks",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignTasks_OrganizationId_OwnerPartnerId",
                table: "CampaignTasks",
                columns: new[] { "OrganizationId", "OwnerPartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignTasks_OwnerPartnerId",
                table: "CampaignTasks",
                column: "OwnerPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignTasks_OwnerUserId",
                table: "CampaignTasks",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_JoinSourceCounts_CommunityId",
                table: "JoinSourceCounts",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_JoinSourceCounts_OrganizationId",
                table: "JoinSourceCounts",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_JoinSourceCounts_OrganizationId_Month",
                table: "JoinSourceCounts",
                columns: new[] { "OrganizationId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_JoinSourceCounts_PartnerId",
                table: "JoinSourceCounts",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerAccounts_OrganizationId",
                table: "PartnerAccounts",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerAccounts_PartnerId",
                table: "PartnerAccounts",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerAccounts_UserId_PartnerId",
                table: "PartnerAccounts",
                columns: new[] { "UserId", "PartnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerCommunities_CommunityId",
                table: "PartnerCommunities",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerCommunities_OrganizationId",
                table: "PartnerCommunities",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerCommunities_PartnerId_CommunityId",
                table: "PartnerCommunities",
                columns: new[] { "PartnerId", "CommunityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerEngagements_CreatedByUserId",
                table: "PartnerEngagements",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerEngagements_NextStepOwnerUserId",
                table: "PartnerEngagements",
                column: "NextStepOwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerEngagements_OrganizationId",
                table: "PartnerEngagements",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerEngagements_OrganizationId_NextStepDueOn",
                table: "PartnerEngagements",
                columns: new[] { "OrganizationId", "NextStepDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerEngagements_PartnerId_OccurredOn",
                table: "PartnerEngagements",
                columns: new[] { "PartnerId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Partners_OrganizationId",
                table: "Partners",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_OrganizationId_Name",
                table: "Partners",
                columns: new[] { "OrganizationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicPageVersions_CreatedByUserId",
                table: "PublicPageVersions",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicPageVersions_OrganizationId",
                table: "PublicPageVersions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicPageVersions_OrganizationId_Page_Culture_CreatedAt",
                table: "PublicPageVersions",
                columns: new[] { "OrganizationId", "Page", "Culture", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RequirementCompletions_OrganizationId",
                table: "RequirementCompletions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_RequirementCompletions_OrganizationId_UserId_RequirementTyp~",
                table: "RequirementCompletions",
                columns: new[] { "OrganizationId", "UserId", "RequirementTypeId" });

            migrationBuilder.CreateIndex(
                name: "IX_RequirementCompletions_RecordedByUserId",
                table: "RequirementCompletions",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_RequirementCompletions_RequirementTypeId",
                table: "RequirementCompletions",
                column: "RequirementTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_RequirementCompletions_UserId",
                table: "RequirementCompletions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_RequirementTypes_OrganizationId",
                table: "RequirementTypes",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerApplications_InvitationId",
                table: "VolunteerApplications",
                column: "InvitationId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerApplications_OrganizationId",
                table: "VolunteerApplications",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerApplications_OrganizationId_Stage",
                table: "VolunteerApplications",
                columns: new[] { "OrganizationId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerApplications_UserId",
                table: "VolunteerApplications",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerHours_AssignmentId",
                table: "VolunteerHours",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerHours_OrganizationId",
                table: "VolunteerHours",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerHours_OrganizationId_Status",
                table: "VolunteerHours",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerHours_OrganizationId_UserId_WorkedOn",
                table: "VolunteerHours",
                columns: new[] { "OrganizationId", "UserId", "WorkedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerHours_ReviewedByUserId",
                table: "VolunteerHours",
                column: "ReviewedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerHours_UserId",
                table: "VolunteerHours",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerScreeningChecks_ApplicationId_Kind",
                table: "VolunteerScreeningChecks",
                columns: new[] { "ApplicationId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerScreeningChecks_OrganizationId",
                table: "VolunteerScreeningChecks",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerScreeningChecks_RecordedByUserId",
                table: "VolunteerScreeningChecks",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerStageMoves_ApplicationId_On",
                table: "VolunteerStageMoves",
                columns: new[] { "ApplicationId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerStageMoves_MovedByUserId",
                table: "VolunteerStageMoves",
                column: "MovedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerStageMoves_OrganizationId",
                table: "VolunteerStageMoves",
                column: "OrganizationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignCommunities");

            migrationBuilder.DropTable(
                name: "CampaignEvents");

            migrationBuilder.DropTable(
                name: "CampaignGoals");

            migrationBuilder.DropTable(
                name: "CampaignPartners");

            migrationBuilder.DropTable(
                name: "CampaignReachFigures");

            migrationBuilder.DropTable(
                name: "CampaignTasks");

            migrationBuilder.DropTable(
                name: "JoinSourceCounts");

            migrationBuilder.DropTable(
                name: "PartnerAccounts");

            migrationBuilder.DropTable(
                name: "PartnerCommunities");

            migrationBuilder.DropTable(
                name: "PartnerEngagements");

            migrationBuilder.DropTable(
                name: "PublicPageVersions");

            migrationBuilder.DropTable(
                name: "RequirementCompletions");

            migrationBuilder.DropTable(
                name: "VolunteerHours");

            migrationBuilder.DropTable(
                name: "VolunteerScreeningChecks");

            migrationBuilder.DropTable(
                name: "VolunteerStageMoves");

            migrationBuilder.DropTable(
                name: "Campaigns");

            migrationBuilder.DropTable(
                name: "Partners");

            migrationBuilder.DropTable(
                name: "RequirementTypes");

            migrationBuilder.DropTable(
                name: "Assignments");

            migrationBuilder.DropTable(
                name: "VolunteerApplications");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_PublicHost",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "PublicHost",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "PublicSiteEnabled",
                table: "Organizations");
        }
    }
}
