using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Directory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DirectoryApiAccess",
                table: "Organizations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "NeedWaitingAlertDays",
                table: "Organizations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReverifyServicesAfterMonths",
                table: "Organizations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scope = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ScopeDetail = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    TextVersion = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    GivenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ProtectedOverrideReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OverrideApprovedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consents_AspNetUsers_MemberUserId",
                        column: x => x.MemberUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CopingStrategies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Tags = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModeratedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ModeratedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CopingStrategies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CopingStrategies_AspNetUsers_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HsdsAccessibility",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    LocationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Details = table.Column<string>(type: "text", nullable: true),
                    Url = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsAccessibility", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsAddress",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    LocationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Attention = table.Column<string>(type: "text", nullable: true),
                    Address1 = table.Column<string>(type: "text", nullable: true),
                    Address2 = table.Column<string>(type: "text", nullable: true),
                    City = table.Column<string>(type: "text", nullable: true),
                    Region = table.Column<string>(type: "text", nullable: true),
                    StateProvince = table.Column<string>(type: "text", nullable: true),
                    PostalCode = table.Column<string>(type: "text", nullable: true),
                    Country = table.Column<string>(type: "text", nullable: true),
                    AddressType = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsAddress", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsAttribute",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    LinkId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    TaxonomyTermId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    LinkType = table.Column<string>(type: "text", nullable: true),
                    LinkEntity = table.Column<string>(type: "text", nullable: true),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsAttribute", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsContact",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    DirectoryOrganizationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    ServiceAtLocationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    LocationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Title = table.Column<string>(type: "text", nullable: true),
                    Department = table.Column<string>(type: "text", nullable: true),
                    Email = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsContact", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsCostOption",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    ValidFrom = table.Column<string>(type: "text", nullable: true),
                    ValidTo = table.Column<string>(type: "text", nullable: true),
                    Option = table.Column<string>(type: "text", nullable: true),
                    Currency = table.Column<string>(type: "text", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric", nullable: true),
                    AmountDescription = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsCostOption", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsFunding",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    DirectoryOrganizationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Source = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsFunding", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsLanguage",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    LocationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    PhoneId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Code = table.Column<string>(type: "text", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsLanguage", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsLocation",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    IsConfidential = table.Column<bool>(type: "boolean", nullable: false),
                    LocationType = table.Column<string>(type: "text", nullable: true),
                    Url = table.Column<string>(type: "text", nullable: true),
                    DirectoryOrganizationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Name = table.Column<string>(type: "text", nullable: true),
                    AlternateName = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Transportation = table.Column<string>(type: "text", nullable: true),
                    Latitude = table.Column<decimal>(type: "numeric", nullable: true),
                    Longitude = table.Column<decimal>(type: "numeric", nullable: true),
                    ExternalIdentifier = table.Column<string>(type: "text", nullable: true),
                    ExternalIdentifierType = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsLocation", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsMetadata",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    ResourceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    ResourceType = table.Column<string>(type: "text", nullable: true),
                    LastActionDate = table.Column<string>(type: "text", nullable: true),
                    LastActionType = table.Column<string>(type: "text", nullable: true),
                    FieldName = table.Column<string>(type: "text", nullable: true),
                    PreviousValue = table.Column<string>(type: "text", nullable: true),
                    ReplacementValue = table.Column<string>(type: "text", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsMetadata", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsMetaTableDescription",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Language = table.Column<string>(type: "text", nullable: true),
                    CharacterSet = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsMetaTableDescription", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsOrganization",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    AlternateName = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Email = table.Column<string>(type: "text", nullable: true),
                    Website = table.Column<string>(type: "text", nullable: true),
                    TaxStatus = table.Column<string>(type: "text", nullable: true),
                    TaxId = table.Column<string>(type: "text", nullable: true),
                    YearIncorporated = table.Column<decimal>(type: "numeric", nullable: true),
                    LegalStatus = table.Column<string>(type: "text", nullable: true),
                    Logo = table.Column<string>(type: "text", nullable: true),
                    Uri = table.Column<string>(type: "text", nullable: true),
                    ParentOrganizationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsOrganization", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsOrganizationIdentifier",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    DirectoryOrganizationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    IdentifierScheme = table.Column<string>(type: "text", nullable: true),
                    IdentifierType = table.Column<string>(type: "text", nullable: true),
                    Identifier = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsOrganizationIdentifier", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsPhone",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    LocationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    DirectoryOrganizationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    ContactId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    ServiceAtLocationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Number = table.Column<string>(type: "text", nullable: true),
                    Extension = table.Column<decimal>(type: "numeric", nullable: true),
                    Type = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsPhone", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsProgram",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    DirectoryOrganizationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Name = table.Column<string>(type: "text", nullable: true),
                    AlternateName = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsProgram", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsRequiredDocument",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Document = table.Column<string>(type: "text", nullable: true),
                    Uri = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsRequiredDocument", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsSchedule",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    LocationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    ServiceAtLocationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    ValidFrom = table.Column<string>(type: "text", nullable: true),
                    ValidTo = table.Column<string>(type: "text", nullable: true),
                    Dtstart = table.Column<string>(type: "text", nullable: true),
                    Timezone = table.Column<decimal>(type: "numeric", nullable: true),
                    Until = table.Column<string>(type: "text", nullable: true),
                    Count = table.Column<decimal>(type: "numeric", nullable: true),
                    Wkst = table.Column<string>(type: "text", nullable: true),
                    Freq = table.Column<string>(type: "text", nullable: true),
                    Interval = table.Column<decimal>(type: "numeric", nullable: true),
                    Byday = table.Column<string>(type: "text", nullable: true),
                    Byweekno = table.Column<string>(type: "text", nullable: true),
                    Bymonthday = table.Column<string>(type: "text", nullable: true),
                    Byyearday = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    OpensAt = table.Column<string>(type: "text", nullable: true),
                    ClosesAt = table.Column<string>(type: "text", nullable: true),
                    ScheduleLink = table.Column<string>(type: "text", nullable: true),
                    AttendingType = table.Column<string>(type: "text", nullable: true),
                    Notes = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsSchedule", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsService",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    DirectoryOrganizationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    ProgramId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Name = table.Column<string>(type: "text", nullable: true),
                    AlternateName = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Url = table.Column<string>(type: "text", nullable: true),
                    Email = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "text", nullable: true),
                    InterpretationServices = table.Column<string>(type: "text", nullable: true),
                    ApplicationProcess = table.Column<string>(type: "text", nullable: true),
                    FeesDescription = table.Column<string>(type: "text", nullable: true),
                    WaitTime = table.Column<string>(type: "text", nullable: true),
                    Fees = table.Column<string>(type: "text", nullable: true),
                    Accreditations = table.Column<string>(type: "text", nullable: true),
                    EligibilityDescription = table.Column<string>(type: "text", nullable: true),
                    MinimumAge = table.Column<decimal>(type: "numeric", nullable: true),
                    MaximumAge = table.Column<decimal>(type: "numeric", nullable: true),
                    AssuredDate = table.Column<string>(type: "text", nullable: true),
                    AssurerEmail = table.Column<string>(type: "text", nullable: true),
                    Licenses = table.Column<string>(type: "text", nullable: true),
                    Alert = table.Column<string>(type: "text", nullable: true),
                    LastModified = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsService", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsServiceArea",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Extent = table.Column<string>(type: "text", nullable: true),
                    ExtentType = table.Column<string>(type: "text", nullable: true),
                    Uri = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsServiceArea", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsServiceAtLocation",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    LocationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsServiceAtLocation", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsTaxonomy",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Uri = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsTaxonomy", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsTaxonomyTerm",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    Code = table.Column<string>(type: "text", nullable: true),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    ParentId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    Taxonomy = table.Column<string>(type: "text", nullable: true),
                    Language = table.Column<string>(type: "text", nullable: true),
                    TaxonomyId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: true),
                    TermUri = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsTaxonomyTerm", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "Needs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProtectedDescription = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ContactBy = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordingConsentNotedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TriagedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Needs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Needs_AspNetUsers_MemberUserId",
                        column: x => x.MemberUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerAffiliations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    DirectoryOrganizationId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerAffiliations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerAffiliations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceCommunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceCommunities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceCommunities_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    ExperiencedWithSurvivors = table.Column<bool>(type: "boolean", nullable: false),
                    IsFree = table.Column<bool>(type: "boolean", nullable: true),
                    RequiresId = table.Column<bool>(type: "boolean", nullable: true),
                    RequiresImmigrationDocuments = table.Column<bool>(type: "boolean", nullable: true),
                    SafeToText = table.Column<bool>(type: "boolean", nullable: true),
                    Accessibility = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Intake = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IntakeConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VerifiedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    VerifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceHelpedMarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceHelpedMarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceHelpedMarks_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceTips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModeratedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ModeratedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceTips", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceTips_AspNetUsers_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SavedStrategies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    StrategyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedStrategies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SavedStrategies_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SavedStrategies_CopingStrategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "CopingStrategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    NeedId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    SharesMemberDetails = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MemberSaysHelpArrived = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    MemberAnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Consents_ConsentId",
                        column: x => x.ConsentId,
                        principalTable: "Consents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Needs_NeedId",
                        column: x => x.NeedId,
                        principalTable: "Needs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProtectedNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralUpdates_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Consents_MemberUserId",
                table: "Consents",
                column: "MemberUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_OrganizationId",
                table: "Consents",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CopingStrategies_AuthorUserId",
                table: "CopingStrategies",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CopingStrategies_OrganizationId",
                table: "CopingStrategies",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CopingStrategies_Status",
                table: "CopingStrategies",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsAccessibility_OrganizationId",
                table: "HsdsAccessibility",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsAccessibility_OrganizationId_LocationId",
                table: "HsdsAccessibility",
                columns: new[] { "OrganizationId", "LocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsAddress_OrganizationId",
                table: "HsdsAddress",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsAddress_OrganizationId_LocationId",
                table: "HsdsAddress",
                columns: new[] { "OrganizationId", "LocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsAttribute_OrganizationId",
                table: "HsdsAttribute",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsAttribute_OrganizationId_LinkId",
                table: "HsdsAttribute",
                columns: new[] { "OrganizationId", "LinkId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsAttribute_OrganizationId_TaxonomyTermId",
                table: "HsdsAttribute",
                columns: new[] { "OrganizationId", "TaxonomyTermId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsContact_OrganizationId",
                table: "HsdsContact",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsContact_OrganizationId_DirectoryOrganizationId",
                table: "HsdsContact",
                columns: new[] { "OrganizationId", "DirectoryOrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsContact_OrganizationId_LocationId",
                table: "HsdsContact",
                columns: new[] { "OrganizationId", "LocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsContact_OrganizationId_ServiceAtLocationId",
                table: "HsdsContact",
                columns: new[] { "OrganizationId", "ServiceAtLocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsContact_OrganizationId_ServiceId",
                table: "HsdsContact",
                columns: new[] { "OrganizationId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsCostOption_OrganizationId",
                table: "HsdsCostOption",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsCostOption_OrganizationId_ServiceId",
                table: "HsdsCostOption",
                columns: new[] { "OrganizationId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsFunding_OrganizationId",
                table: "HsdsFunding",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsFunding_OrganizationId_DirectoryOrganizationId",
                table: "HsdsFunding",
                columns: new[] { "OrganizationId", "DirectoryOrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsFunding_OrganizationId_ServiceId",
                table: "HsdsFunding",
                columns: new[] { "OrganizationId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsLanguage_OrganizationId",
                table: "HsdsLanguage",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsLanguage_OrganizationId_LocationId",
                table: "HsdsLanguage",
                columns: new[] { "OrganizationId", "LocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsLanguage_OrganizationId_PhoneId",
                table: "HsdsLanguage",
                columns: new[] { "OrganizationId", "PhoneId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsLanguage_OrganizationId_ServiceId",
                table: "HsdsLanguage",
                columns: new[] { "OrganizationId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsLocation_OrganizationId",
                table: "HsdsLocation",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsLocation_OrganizationId_DirectoryOrganizationId",
                table: "HsdsLocation",
                columns: new[] { "OrganizationId", "DirectoryOrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsMetadata_OrganizationId",
                table: "HsdsMetadata",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsMetadata_OrganizationId_ResourceId",
                table: "HsdsMetadata",
                columns: new[] { "OrganizationId", "ResourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsMetaTableDescription_OrganizationId",
                table: "HsdsMetaTableDescription",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsOrganization_OrganizationId",
                table: "HsdsOrganization",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsOrganization_OrganizationId_ParentOrganizationId",
                table: "HsdsOrganization",
                columns: new[] { "OrganizationId", "ParentOrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsOrganizationIdentifier_OrganizationId",
                table: "HsdsOrganizationIdentifier",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsOrganizationIdentifier_OrganizationId_DirectoryOrganiza~",
                table: "HsdsOrganizationIdentifier",
                columns: new[] { "OrganizationId", "DirectoryOrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsPhone_OrganizationId",
                table: "HsdsPhone",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsPhone_OrganizationId_ContactId",
                table: "HsdsPhone",
                columns: new[] { "OrganizationId", "ContactId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsPhone_OrganizationId_DirectoryOrganizationId",
                table: "HsdsPhone",
                columns: new[] { "OrganizationId", "DirectoryOrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsPhone_OrganizationId_LocationId",
                table: "HsdsPhone",
                columns: new[] { "OrganizationId", "LocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsPhone_OrganizationId_ServiceAtLocationId",
                table: "HsdsPhone",
                columns: new[] { "OrganizationId", "ServiceAtLocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsPhone_OrganizationId_ServiceId",
                table: "HsdsPhone",
                columns: new[] { "OrganizationId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsProgram_OrganizationId",
                table: "HsdsProgram",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsProgram_OrganizationId_DirectoryOrganizationId",
                table: "HsdsProgram",
                columns: new[] { "OrganizationId", "DirectoryOrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsRequiredDocument_OrganizationId",
                table: "HsdsRequiredDocument",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsRequiredDocument_OrganizationId_ServiceId",
                table: "HsdsRequiredDocument",
                columns: new[] { "OrganizationId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsSchedule_OrganizationId",
                table: "HsdsSchedule",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsSchedule_OrganizationId_LocationId",
                table: "HsdsSchedule",
                columns: new[] { "OrganizationId", "LocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsSchedule_OrganizationId_ServiceAtLocationId",
                table: "HsdsSchedule",
                columns: new[] { "OrganizationId", "ServiceAtLocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsSchedule_OrganizationId_ServiceId",
                table: "HsdsSchedule",
                columns: new[] { "OrganizationId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsService_OrganizationId",
                table: "HsdsService",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsService_OrganizationId_DirectoryOrganizationId",
                table: "HsdsService",
                columns: new[] { "OrganizationId", "DirectoryOrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsService_OrganizationId_ProgramId",
                table: "HsdsService",
                columns: new[] { "OrganizationId", "ProgramId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsServiceArea_OrganizationId",
                table: "HsdsServiceArea",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsServiceArea_OrganizationId_ServiceId",
                table: "HsdsServiceArea",
                columns: new[] { "OrganizationId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsServiceAtLocation_OrganizationId",
                table: "HsdsServiceAtLocation",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsServiceAtLocation_OrganizationId_LocationId",
                table: "HsdsServiceAtLocation",
                columns: new[] { "OrganizationId", "LocationId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsServiceAtLocation_OrganizationId_ServiceId",
                table: "HsdsServiceAtLocation",
                columns: new[] { "OrganizationId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsTaxonomy_OrganizationId",
                table: "HsdsTaxonomy",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsTaxonomyTerm_OrganizationId",
                table: "HsdsTaxonomyTerm",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_HsdsTaxonomyTerm_OrganizationId_ParentId",
                table: "HsdsTaxonomyTerm",
                columns: new[] { "OrganizationId", "ParentId" });

            migrationBuilder.CreateIndex(
                name: "IX_HsdsTaxonomyTerm_OrganizationId_TaxonomyId",
                table: "HsdsTaxonomyTerm",
                columns: new[] { "OrganizationId", "TaxonomyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Needs_MemberUserId",
                table: "Needs",
                column: "MemberUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Needs_OrganizationId",
                table: "Needs",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Needs_OrganizationId_Status_CreatedAt",
                table: "Needs",
                columns: new[] { "OrganizationId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerAffiliations_OrganizationId",
                table: "PartnerAffiliations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerAffiliations_UserId_DirectoryOrganizationId",
                table: "PartnerAffiliations",
                columns: new[] { "UserId", "DirectoryOrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ConsentId",
                table: "Referrals",
                column: "ConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_NeedId",
                table: "Referrals",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganizationId",
                table: "Referrals",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_OrganizationId_ServiceId",
                table: "Referrals",
                columns: new[] { "OrganizationId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralUpdates_OrganizationId",
                table: "ReferralUpdates",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralUpdates_ReferralId",
                table: "ReferralUpdates",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_SavedStrategies_OrganizationId",
                table: "SavedStrategies",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_SavedStrategies_StrategyId",
                table: "SavedStrategies",
                column: "StrategyId");

            migrationBuilder.CreateIndex(
                name: "IX_SavedStrategies_UserId_StrategyId",
                table: "SavedStrategies",
                columns: new[] { "UserId", "StrategyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCommunities_CommunityId",
                table: "ServiceCommunities",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCommunities_OrganizationId",
                table: "ServiceCommunities",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceCommunities_OrganizationId_ServiceId_CommunityId",
                table: "ServiceCommunities",
                columns: new[] { "OrganizationId", "ServiceId", "CommunityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceFacts_OrganizationId",
                table: "ServiceFacts",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceFacts_OrganizationId_ServiceId",
                table: "ServiceFacts",
                columns: new[] { "OrganizationId", "ServiceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceHelpedMarks_OrganizationId",
                table: "ServiceHelpedMarks",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceHelpedMarks_OrganizationId_ServiceId_UserId",
                table: "ServiceHelpedMarks",
                columns: new[] { "OrganizationId", "ServiceId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceHelpedMarks_UserId",
                table: "ServiceHelpedMarks",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceTips_AuthorUserId",
                table: "ServiceTips",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceTips_OrganizationId",
                table: "ServiceTips",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceTips_OrganizationId_ServiceId_Status",
                table: "ServiceTips",
                columns: new[] { "OrganizationId", "ServiceId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HsdsAccessibility");

            migrationBuilder.DropTable(
                name: "HsdsAddress");

            migrationBuilder.DropTable(
                name: "HsdsAttribute");

            migrationBuilder.DropTable(
                name: "HsdsContact");

            migrationBuilder.DropTable(
                name: "HsdsCostOption");

            migrationBuilder.DropTable(
                name: "HsdsFunding");

            migrationBuilder.DropTable(
                name: "HsdsLanguage");

            migrationBuilder.DropTable(
                name: "HsdsLocation");

            migrationBuilder.DropTable(
                name: "HsdsMetadata");

            migrationBuilder.DropTable(
                name: "HsdsMetaTableDescription");

            migrationBuilder.DropTable(
                name: "HsdsOrganization");

            migrationBuilder.DropTable(
                name: "HsdsOrganizationIdentifier");

            migrationBuilder.DropTable(
                name: "HsdsPhone");

            migrationBuilder.DropTable(
                name: "HsdsProgram");

            migrationBuilder.DropTable(
                name: "HsdsRequiredDocument");

            migrationBuilder.DropTable(
                name: "HsdsSchedule");

            migrationBuilder.DropTable(
                name: "HsdsService");

            migrationBuilder.DropTable(
                name: "HsdsServiceArea");

            migrationBuilder.DropTable(
                name: "HsdsServiceAtLocation");

            migrationBuilder.DropTable(
                name: "HsdsTaxonomy");

            migrationBuilder.DropTable(
                name: "HsdsTaxonomyTerm");

            migrationBuilder.DropTable(
                name: "PartnerAffiliations");

            migrationBuilder.DropTable(
                name: "ReferralUpdates");

            migrationBuilder.DropTable(
                name: "SavedStrategies");

            migrationBuilder.DropTable(
                name: "ServiceCommunities");

            migrationBuilder.DropTable(
                name: "ServiceFacts");

            migrationBuilder.DropTable(
                name: "ServiceHelpedMarks");

            migrationBuilder.DropTable(
                name: "ServiceTips");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "CopingStrategies");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "Needs");

            migrationBuilder.DropColumn(
                name: "DirectoryApiAccess",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "NeedWaitingAlertDays",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "ReverifyServicesAfterMonths",
                table: "Organizations");
        }
    }
}
