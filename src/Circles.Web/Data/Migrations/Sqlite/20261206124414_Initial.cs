using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Circles.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SafetyIntroSeenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PreferredCulture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ShareReadReceipts = table.Column<bool>(type: "INTEGER", nullable: false),
                    WellbeingRhythm = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Communities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CulturalNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StigmaNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Barriers = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherBarriers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TrustedLeaders = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Communities", x => x.Id);
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
                name: "HsdsAccessibility",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    LocationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsAccessibility", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsAddress",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    LocationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Attention = table.Column<string>(type: "TEXT", nullable: true),
                    Address1 = table.Column<string>(type: "TEXT", nullable: true),
                    Address2 = table.Column<string>(type: "TEXT", nullable: true),
                    City = table.Column<string>(type: "TEXT", nullable: true),
                    Region = table.Column<string>(type: "TEXT", nullable: true),
                    StateProvince = table.Column<string>(type: "TEXT", nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", nullable: true),
                    Country = table.Column<string>(type: "TEXT", nullable: true),
                    AddressType = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsAddress", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsAttribute",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    LinkId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    TaxonomyTermId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    LinkType = table.Column<string>(type: "TEXT", nullable: true),
                    LinkEntity = table.Column<string>(type: "TEXT", nullable: true),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsAttribute", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsContact",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    DirectoryOrganizationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    ServiceAtLocationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    LocationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Department = table.Column<string>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsContact", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsCostOption",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    ValidFrom = table.Column<string>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<string>(type: "TEXT", nullable: true),
                    Option = table.Column<string>(type: "TEXT", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", nullable: true),
                    AmountDescription = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsCostOption", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsFunding",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    DirectoryOrganizationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Source = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsFunding", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsLanguage",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    LocationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    PhoneId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsLanguage", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsLocation",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    IsConfidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    LocationType = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    DirectoryOrganizationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    AlternateName = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Transportation = table.Column<string>(type: "TEXT", nullable: true),
                    Latitude = table.Column<decimal>(type: "TEXT", nullable: true),
                    Longitude = table.Column<decimal>(type: "TEXT", nullable: true),
                    ExternalIdentifier = table.Column<string>(type: "TEXT", nullable: true),
                    ExternalIdentifierType = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsLocation", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsMetadata",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    ResourceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    ResourceType = table.Column<string>(type: "TEXT", nullable: true),
                    LastActionDate = table.Column<string>(type: "TEXT", nullable: true),
                    LastActionType = table.Column<string>(type: "TEXT", nullable: true),
                    FieldName = table.Column<string>(type: "TEXT", nullable: true),
                    PreviousValue = table.Column<string>(type: "TEXT", nullable: true),
                    ReplacementValue = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsMetadata", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsMetaTableDescription",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", nullable: true),
                    CharacterSet = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsMetaTableDescription", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsOrganization",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    AlternateName = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", nullable: true),
                    Website = table.Column<string>(type: "TEXT", nullable: true),
                    TaxStatus = table.Column<string>(type: "TEXT", nullable: true),
                    TaxId = table.Column<string>(type: "TEXT", nullable: true),
                    YearIncorporated = table.Column<decimal>(type: "TEXT", nullable: true),
                    LegalStatus = table.Column<string>(type: "TEXT", nullable: true),
                    Logo = table.Column<string>(type: "TEXT", nullable: true),
                    Uri = table.Column<string>(type: "TEXT", nullable: true),
                    ParentOrganizationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsOrganization", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsOrganizationIdentifier",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    DirectoryOrganizationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    IdentifierScheme = table.Column<string>(type: "TEXT", nullable: true),
                    IdentifierType = table.Column<string>(type: "TEXT", nullable: true),
                    Identifier = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsOrganizationIdentifier", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsPhone",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    LocationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    DirectoryOrganizationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    ContactId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    ServiceAtLocationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Number = table.Column<string>(type: "TEXT", nullable: true),
                    Extension = table.Column<decimal>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsPhone", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsProgram",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    DirectoryOrganizationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    AlternateName = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsProgram", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsRequiredDocument",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Document = table.Column<string>(type: "TEXT", nullable: true),
                    Uri = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsRequiredDocument", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsSchedule",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    LocationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    ServiceAtLocationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    ValidFrom = table.Column<string>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<string>(type: "TEXT", nullable: true),
                    Dtstart = table.Column<string>(type: "TEXT", nullable: true),
                    Timezone = table.Column<decimal>(type: "TEXT", nullable: true),
                    Until = table.Column<string>(type: "TEXT", nullable: true),
                    Count = table.Column<decimal>(type: "TEXT", nullable: true),
                    Wkst = table.Column<string>(type: "TEXT", nullable: true),
                    Freq = table.Column<string>(type: "TEXT", nullable: true),
                    Interval = table.Column<decimal>(type: "TEXT", nullable: true),
                    Byday = table.Column<string>(type: "TEXT", nullable: true),
                    Byweekno = table.Column<string>(type: "TEXT", nullable: true),
                    Bymonthday = table.Column<string>(type: "TEXT", nullable: true),
                    Byyearday = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    OpensAt = table.Column<string>(type: "TEXT", nullable: true),
                    ClosesAt = table.Column<string>(type: "TEXT", nullable: true),
                    ScheduleLink = table.Column<string>(type: "TEXT", nullable: true),
                    AttendingType = table.Column<string>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsSchedule", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsService",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    DirectoryOrganizationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    ProgramId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    AlternateName = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: true),
                    InterpretationServices = table.Column<string>(type: "TEXT", nullable: true),
                    ApplicationProcess = table.Column<string>(type: "TEXT", nullable: true),
                    FeesDescription = table.Column<string>(type: "TEXT", nullable: true),
                    WaitTime = table.Column<string>(type: "TEXT", nullable: true),
                    Fees = table.Column<string>(type: "TEXT", nullable: true),
                    Accreditations = table.Column<string>(type: "TEXT", nullable: true),
                    EligibilityDescription = table.Column<string>(type: "TEXT", nullable: true),
                    MinimumAge = table.Column<decimal>(type: "TEXT", nullable: true),
                    MaximumAge = table.Column<decimal>(type: "TEXT", nullable: true),
                    AssuredDate = table.Column<string>(type: "TEXT", nullable: true),
                    AssurerEmail = table.Column<string>(type: "TEXT", nullable: true),
                    Licenses = table.Column<string>(type: "TEXT", nullable: true),
                    Alert = table.Column<string>(type: "TEXT", nullable: true),
                    LastModified = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsService", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsServiceArea",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Extent = table.Column<string>(type: "TEXT", nullable: true),
                    ExtentType = table.Column<string>(type: "TEXT", nullable: true),
                    Uri = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsServiceArea", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsServiceAtLocation",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    LocationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsServiceAtLocation", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsTaxonomy",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Uri = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsTaxonomy", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "HsdsTaxonomyTerm",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    ParentId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    Taxonomy = table.Column<string>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", nullable: true),
                    TaxonomyId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    TermUri = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HsdsTaxonomyTerm", x => new { x.OrganizationId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "Icebreakers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Instructions = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Guidance = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    Tags = table.Column<int>(type: "INTEGER", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Icebreakers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DiscreetTitle = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DiscreetIcon = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExitUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CrisisLines = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    MemberIdleMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffIdleMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    DirectoryApiAccess = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReverifyServicesAfterMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedWaitingAlertDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MessageRetentionDays = table.Column<int>(type: "INTEGER", nullable: true),
                    ErasedPostsPolicy = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organizations", x => x.Id);
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
                name: "ServiceFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    ExperiencedWithSurvivors = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsFree = table.Column<bool>(type: "INTEGER", nullable: true),
                    RequiresId = table.Column<bool>(type: "INTEGER", nullable: true),
                    RequiresImmigrationDocuments = table.Column<bool>(type: "INTEGER", nullable: true),
                    SafeToText = table.Column<bool>(type: "INTEGER", nullable: true),
                    Accessibility = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Intake = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IntakeConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerifiedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VerifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ScopeDetail = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    TextVersion = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    GivenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProtectedOverrideReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OverrideApprovedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                name: "ContactPreferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channels = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedPhone = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SafeTimeWindow = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProtectedCodeWord = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ProtectedEmail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactPreferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactPreferences_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CopingStrategies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    StarterKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModeratedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModeratedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RedeemedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RedeemedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invitations_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JournalEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SealedText = table.Column<string>(type: "TEXT", nullable: false),
                    SealedMood = table.Column<string>(type: "TEXT", nullable: true),
                    PromptId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JournalEntries_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
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
                    ResolutionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
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
                name: "Needs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProtectedDescription = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ContactBy = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordingConsentNotedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TriagedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "PartnerAffiliations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectoryOrganizationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false)
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
                name: "PasswordResetCodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PasswordResetCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PasswordResetCodes_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "PersonalKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Salt = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Iterations = table.Column<int>(type: "INTEGER", nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "BLOB", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RewrappedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalKeys_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SafetyPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SealedWarningSigns = table.Column<string>(type: "TEXT", nullable: true),
                    SealedCopingSteps = table.Column<string>(type: "TEXT", nullable: true),
                    SealedPeopleAndPlaces = table.Column<string>(type: "TEXT", nullable: true),
                    SealedTrustedContacts = table.Column<string>(type: "TEXT", nullable: true),
                    SealedCrisisLines = table.Column<string>(type: "TEXT", nullable: true),
                    SealedReasons = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyPlans_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceHelpedMarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModeratedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModeratedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AbsoluteExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Device = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WellbeingCheckIns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TakenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Item1 = table.Column<int>(type: "INTEGER", nullable: false),
                    Item2 = table.Column<int>(type: "INTEGER", nullable: false),
                    Item3 = table.Column<int>(type: "INTEGER", nullable: false),
                    Item4 = table.Column<int>(type: "INTEGER", nullable: false),
                    Item5 = table.Column<int>(type: "INTEGER", nullable: false),
                    AfterSessionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WellbeingCheckIns", x => x.Id);
                    table.CheckConstraint("CK_WellbeingCheckIns_Items", "\"Item1\" BETWEEN 0 AND 5 AND \"Item2\" BETWEEN 0 AND 5 AND \"Item3\" BETWEEN 0 AND 5 AND \"Item4\" BETWEEN 0 AND 5 AND \"Item5\" BETWEEN 0 AND 5");
                    table.ForeignKey(
                        name: "FK_WellbeingCheckIns_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    ActiveMatches = table.Column<int>(type: "INTEGER", nullable: false),
                    HoldsRole = table.Column<bool>(type: "INTEGER", nullable: false),
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
                name: "ServiceCommunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "SupportGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Focus = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingPattern = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MeetingPlace = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CalendarTitle = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AbsenceThreshold = table.Column<int>(type: "INTEGER", nullable: false),
                    DiscussionMode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false, defaultValue: "WhileFacilitatorOnDuty"),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportGroups_Communities_CommunityId",
                        column: x => x.CommunityId,
                        principalTable: "Communities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SavedStrategies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StrategyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NeedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    SharesMemberDetails = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SharedAddressLocationId = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    AddressSharedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AddressSharedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MemberSaysHelpArrived = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MemberAnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                        onDelete: ReferentialAction.SetNull);
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
                name: "FollowUpTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedToUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MissedSessions = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_AspNetUsers_MemberUserId",
                        column: x => x.MemberUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_SupportGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GroundRulesProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroundRulesProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroundRulesProposals_AspNetUsers_ProposedByUserId",
                        column: x => x.ProposedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroundRulesProposals_SupportGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GroundRulesVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroundRulesVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroundRulesVersions_SupportGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GroupFacilitators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupFacilitators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupFacilitators_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroupFacilitators_SupportGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GroupMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupMemberships_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroupMemberships_SupportGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GroupSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CancelMessage = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IcebreakerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WalkInGuests = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    HeldAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupSessions_Icebreakers_IcebreakerId",
                        column: x => x.IcebreakerId,
                        principalTable: "Icebreakers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_GroupSessions_SupportGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "SupportGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReferralUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProtectedNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "DiscussionPosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThreadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                        onDelete: ReferentialAction.SetNull);
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
                name: "GroundRulesAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroundRulesAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroundRulesAgreements_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroundRulesAgreements_GroundRulesVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "GroundRulesVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MembershipChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MembershipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MembershipChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MembershipChanges_GroupMemberships_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "GroupMemberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_GroupSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "GroupSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Attendances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendances_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Attendances_GroupSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "GroupSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Answered = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackRequests_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FeedbackRequests_GroupSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "GroupSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeltSafe = table.Column<int>(type: "INTEGER", nullable: false),
                    Useful = table.Column<int>(type: "INTEGER", nullable: false),
                    ShouldChange = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackResponses_GroupSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "GroupSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_OrganizationId",
                table: "AgendaItems",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_SessionId_Position",
                table: "AgendaItems",
                columns: new[] { "SessionId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrganizationId",
                table: "AspNetUsers",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_OrganizationId",
                table: "Attendances",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_SessionId_UserId",
                table: "Attendances",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendances_UserId",
                table: "Attendances",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_At",
                table: "AuditEvents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_OrganizationId",
                table: "AuditEvents",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_OrganizationId",
                table: "CalendarFeeds",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_TokenHash",
                table: "CalendarFeeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_UserId",
                table: "CalendarFeeds",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Communities_OrganizationId",
                table: "Communities",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_MemberUserId",
                table: "Consents",
                column: "MemberUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Consents_OrganizationId",
                table: "Consents",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactPreferences_OrganizationId",
                table: "ContactPreferences",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactPreferences_UserId",
                table: "ContactPreferences",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CopingStrategies_AuthorUserId",
                table: "CopingStrategies",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CopingStrategies_OrganizationId",
                table: "CopingStrategies",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CopingStrategies_OrganizationId_StarterKey_Language",
                table: "CopingStrategies",
                columns: new[] { "OrganizationId", "StarterKey", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CopingStrategies_Status",
                table: "CopingStrategies",
                column: "Status");

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
                name: "IX_FeedbackRequests_OrganizationId",
                table: "FeedbackRequests",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRequests_SessionId_UserId",
                table: "FeedbackRequests",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackRequests_UserId",
                table: "FeedbackRequests",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponses_OrganizationId",
                table: "FeedbackResponses",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackResponses_SessionId",
                table: "FeedbackResponses",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_GroupId_MemberUserId",
                table: "FollowUpTasks",
                columns: new[] { "GroupId", "MemberUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_MemberUserId",
                table: "FollowUpTasks",
                column: "MemberUserId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_OrganizationId",
                table: "FollowUpTasks",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_GroundRulesAgreements_OrganizationId",
                table: "GroundRulesAgreements",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_GroundRulesAgreements_UserId",
                table: "GroundRulesAgreements",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_GroundRulesAgreements_VersionId_UserId",
                table: "GroundRulesAgreements",
                columns: new[] { "VersionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroundRulesProposals_GroupId",
                table: "GroundRulesProposals",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_GroundRulesProposals_OrganizationId",
                table: "GroundRulesProposals",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_GroundRulesProposals_ProposedByUserId",
                table: "GroundRulesProposals",
                column: "ProposedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_GroundRulesVersions_GroupId_Number",
                table: "GroundRulesVersions",
                columns: new[] { "GroupId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroundRulesVersions_OrganizationId",
                table: "GroundRulesVersions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupFacilitators_GroupId_UserId",
                table: "GroupFacilitators",
                columns: new[] { "GroupId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroupFacilitators_OrganizationId",
                table: "GroupFacilitators",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupFacilitators_UserId",
                table: "GroupFacilitators",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupMemberships_GroupId_UserId",
                table: "GroupMemberships",
                columns: new[] { "GroupId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroupMemberships_OrganizationId",
                table: "GroupMemberships",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupMemberships_UserId",
                table: "GroupMemberships",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessions_GroupId_StartsAt",
                table: "GroupSessions",
                columns: new[] { "GroupId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessions_IcebreakerId",
                table: "GroupSessions",
                column: "IcebreakerId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessions_OrganizationId",
                table: "GroupSessions",
                column: "OrganizationId");

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
                name: "IX_HsdsOrganizationIdentifier_OrganizationId_DirectoryOrganizationId",
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
                name: "IX_Icebreakers_OrganizationId",
                table: "Icebreakers",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Icebreakers_OrganizationId_Key_Language",
                table: "Icebreakers",
                columns: new[] { "OrganizationId", "Key", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_CodeHash",
                table: "Invitations",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_CreatedByUserId",
                table: "Invitations",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_OrganizationId",
                table: "Invitations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_TokenHash",
                table: "Invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_OrganizationId",
                table: "JournalEntries",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntries_UserId_CreatedAt",
                table: "JournalEntries",
                columns: new[] { "UserId", "CreatedAt" });

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
                name: "IX_MembershipChanges_MembershipId",
                table: "MembershipChanges",
                column: "MembershipId");

            migrationBuilder.CreateIndex(
                name: "IX_MembershipChanges_OrganizationId",
                table: "MembershipChanges",
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
                name: "IX_Organizations_Slug",
                table: "Organizations",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmails_CreatedAt",
                table: "OutgoingEmails",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmails_OrganizationId",
                table: "OutgoingEmails",
                column: "OrganizationId");

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
                name: "IX_PasswordResetCodes_CodeHash",
                table: "PasswordResetCodes",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PasswordResetCodes_OrganizationId",
                table: "PasswordResetCodes",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PasswordResetCodes_UserId",
                table: "PasswordResetCodes",
                column: "UserId");

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
                name: "IX_PeerSupporterLanguages_OrganizationId",
                table: "PeerSupporterLanguages",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerSupporterLanguages_OrganizationId_Language_UserId",
                table: "PeerSupporterLanguages",
                columns: new[] { "OrganizationId", "Language", "UserId" },
                unique: true);

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
                name: "IX_PersonalKeys_OrganizationId",
                table: "PersonalKeys",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalKeys_UserId",
                table: "PersonalKeys",
                column: "UserId",
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
                name: "IX_SafetyPlans_OrganizationId",
                table: "SafetyPlans",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyPlans_UserId",
                table: "SafetyPlans",
                column: "UserId",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionCheckIns_OrganizationId",
                table: "SupervisionCheckIns",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionCheckIns_PeerUserId_ScheduledFor",
                table: "SupervisionCheckIns",
                columns: new[] { "PeerUserId", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportGroups_CommunityId",
                table: "SupportGroups",
                column: "CommunityId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportGroups_OrganizationId",
                table: "SupportGroups",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_OrganizationId",
                table: "UserSessions",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UserId",
                table: "UserSessions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_WellbeingCheckIns_OrganizationId",
                table: "WellbeingCheckIns",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_WellbeingCheckIns_UserId_TakenAt",
                table: "WellbeingCheckIns",
                columns: new[] { "UserId", "TakenAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Attendances");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "ContactPreferences");

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
                name: "FeedbackRequests");

            migrationBuilder.DropTable(
                name: "FeedbackResponses");

            migrationBuilder.DropTable(
                name: "FollowUpTasks");

            migrationBuilder.DropTable(
                name: "GroundRulesAgreements");

            migrationBuilder.DropTable(
                name: "GroundRulesProposals");

            migrationBuilder.DropTable(
                name: "GroupFacilitators");

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
                name: "Invitations");

            migrationBuilder.DropTable(
                name: "JournalEntries");

            migrationBuilder.DropTable(
                name: "MemberBlocks");

            migrationBuilder.DropTable(
                name: "MembershipChanges");

            migrationBuilder.DropTable(
                name: "MessageReports");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "Organizations");

            migrationBuilder.DropTable(
                name: "OutgoingEmails");

            migrationBuilder.DropTable(
                name: "PartnerAffiliations");

            migrationBuilder.DropTable(
                name: "PasswordResetCodes");

            migrationBuilder.DropTable(
                name: "PeerSupporterLanguages");

            migrationBuilder.DropTable(
                name: "PeerSupporterProfiles");

            migrationBuilder.DropTable(
                name: "PersonalKeys");

            migrationBuilder.DropTable(
                name: "ReferralUpdates");

            migrationBuilder.DropTable(
                name: "SafetyPlans");

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
                name: "SupervisionCheckIns");

            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropTable(
                name: "WellbeingCheckIns");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "PeerMatches");

            migrationBuilder.DropTable(
                name: "DiscussionThreads");

            migrationBuilder.DropTable(
                name: "GroupSessions");

            migrationBuilder.DropTable(
                name: "GroundRulesVersions");

            migrationBuilder.DropTable(
                name: "GroupMemberships");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "CopingStrategies");

            migrationBuilder.DropTable(
                name: "PeerRequests");

            migrationBuilder.DropTable(
                name: "Icebreakers");

            migrationBuilder.DropTable(
                name: "SupportGroups");

            migrationBuilder.DropTable(
                name: "Consents");

            migrationBuilder.DropTable(
                name: "Needs");

            migrationBuilder.DropTable(
                name: "Communities");

            migrationBuilder.DropTable(
                name: "AspNetUsers");
        }
    }
}
