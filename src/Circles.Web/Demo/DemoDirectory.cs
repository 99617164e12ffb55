using Circles.Web.Data;
using Circles.Web.Features.Communities;
using Circles.Web.Features.Directory;
using Circles.Web.Features.Directory.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Circles.Web.Demo;

/// <summary>
/// A fictional directory for the demo organization: four providers and eleven services in the
/// HSDS shape, with places (one confidential: its address must never show outside the facts
/// page), phones, opening hours, languages, areas, costs, documents, Circles' categories and
/// checked facts (most verified, one overdue, two never; intake open, waiting list and full).
/// Adds whatever is missing by id, so it can run on every start.
/// </summary>
public static class DemoDirectory
{
    /// <summary>The confidential place's street, which no member, partner or public page may show.</summary>
    public const string ConfidentialStreet = "14 Quay Lane";

    public static string Id(int number) => $"de700000-0000-4000-8000-{number:D12}";

    public static async Task EnsureSeededAsync(CirclesDb db, Guid organizationId, Guid verifiedByUserId, DateTime now, CancellationToken cancellationToken)
    {
        await SurvivorTaxonomy.EnsureSeededAsync(db, organizationId, cancellationToken);
        var data = Build(now);
        await AddMissingAsync(db, organizationId, data.Organizations, cancellationToken);
        await AddMissingAsync(db, organizationId, data.Locations, cancellationToken);
        await AddMissingAsync(db, organizationId, data.Addresses, cancellationToken);
        await AddMissingAsync(db, organizationId, data.Accessibility, cancellationToken);
        await AddMissingAsync(db, organizationId, data.Services, cancellationToken);
        await AddMissingAsync(db, organizationId, data.ServiceAtLocations, cancellationToken);
        await AddMissingAsync(db, organizationId, data.Phones, cancellationToken);
        await AddMissingAsync(db, organizationId, data.Schedules, cancellationToken);
        await AddMissingAsync(db, organizationId, data.Languages, cancellationToken);
        await AddMissingAsync(db, organizationId, data.Areas, cancellationToken);
        await AddMissingAsync(db, organizationId, data.Costs, cancellationToken);
        await AddMissingAsync(db, organizationId, data.Documents, cancellationToken);
        await AddMissingAsync(db, organizationId, data.Attributes, cancellationToken);

        var serviceIds = data.Facts.Select(f => f.ServiceId).ToList();
        var withFacts = await db.ServiceFacts.IgnoreQueryFilters()
            .Where(f => f.OrganizationId == organizationId && serviceIds.Contains(f.ServiceId))
            .Select(f => f.ServiceId).ToListAsync(cancellationToken);
        foreach (var facts in data.Facts.Where(f => !withFacts.Contains(f.ServiceId)))
        {
            facts.OrganizationId = organizationId;
            facts.VerifiedByUserId = facts.VerifiedAt is null ? null : verifiedByUserId;
            db.ServiceFacts.Add(facts);
        }

        // The demo community is served by the law centre and the emergency stay.
        var community = await db.Communities.IgnoreQueryFilters()
            .Where(c => c.OrganizationId == organizationId).OrderBy(c => c.CreatedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (community is { } communityId)
        {
            foreach (var serviceId in new[] { Id(101), Id(104) })
            {
                if (!await db.ServiceCommunities.IgnoreQueryFilters().AnyAsync(s => s.OrganizationId == organizationId && s.ServiceId == serviceId && s.CommunityId == communityId, cancellationToken))
                {
                    db.ServiceCommunities.Add(new ServiceCommunity { OrganizationId = organizationId, ServiceId = serviceId, CommunityId = communityId });
                }
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task AddMissingAsync<T>(CirclesDb db, Guid organizationId, List<T> records, CancellationToken cancellationToken)
        where T : class, IHsdsRecord
    {
        var ids = records.Select(r => r.Id).ToList();
        var existing = await db.Set<T>().IgnoreQueryFilters()
            .Where(r => r.OrganizationId == organizationId && ids.Contains(r.Id))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        foreach (var record in records.Where(r => !existing.Contains(r.Id)))
        {
            record.OrganizationId = organizationId;
            db.Set<T>().Add(record);
        }
    }

    private sealed class Data
    {
        public List<HsdsOrganization> Organizations { get; } = [];
        public List<HsdsLocation> Locations { get; } = [];
        public List<HsdsAddress> Addresses { get; } = [];
        public List<HsdsAccessibility> Accessibility { get; } = [];
        public List<HsdsService> Services { get; } = [];
        public List<HsdsServiceAtLocation> ServiceAtLocations { get; } = [];
        public List<HsdsPhone> Phones { get; } = [];
        public List<HsdsSchedule> Schedules { get; } = [];
        public List<HsdsLanguage> Languages { get; } = [];
        public List<HsdsServiceArea> Areas { get; } = [];
        public List<HsdsCostOption> Costs { get; } = [];
        public List<HsdsRequiredDocument> Documents { get; } = [];
        public List<HsdsAttribute> Attributes { get; } = [];
        public List<ServiceFacts> Facts { get; } = [];
        private int _next = 1000;

        public string NextId() => Id(_next++);

        public void Organization(int number, string name, string about) => Organizations.Add(new HsdsOrganization
        {
            Id = Id(number),
            Name = name,
            Description = about,
            Website = "https://example.org/",
        });

        public void Place(int number, int organization, string name, string about, string? street, string city, string postcode,
            bool confidential = false, string? access = null, string? transport = null)
        {
            Locations.Add(new HsdsLocation
            {
                Id = Id(number),
                LocationType = street is null ? "virtual" : "physical",
                Url = street is null ? "https://example.org/talk" : null,
                DirectoryOrganizationId = Id(organization),
                Name = name,
                Description = about,
                Transportation = transport,
                Latitude = street is null ? null : 51.5m + number / 10000m,
                Longitude = street is null ? null : -0.1m - number / 10000m,
                IsConfidential = confidential,
            });
            if (street is not null)
            {
                Addresses.Add(new HsdsAddress
                {
                    Id = NextId(),
                    LocationId = Id(number),
                    Address1 = street,
                    City = city,
                    StateProvince = "Riverside County",
                    PostalCode = postcode,
                    Country = "GB",
                    AddressType = "physical",
                });
            }
            if (access is not null)
            {
                Accessibility.Add(new HsdsAccessibility { Id = NextId(), LocationId = Id(number), Details = access });
            }
        }

        public void Service(
            int number, int organization, string name, string about, string howToApply, int[] places, string[] languages,
            string[] terms, string days, string opens, string closes, string area, string? hoursNote = null, string? eligibility = null,
            string? interpretation = null, string? fees = null)
        {
            var id = Id(number);
            Services.Add(new HsdsService
            {
                Id = id,
                DirectoryOrganizationId = Id(organization),
                Name = name,
                Description = about,
                ApplicationProcess = howToApply,
                EligibilityDescription = eligibility,
                InterpretationServices = interpretation,
                FeesDescription = fees,
                Status = "active",
                Email = $"hello-{number}@example.org",
            });
            foreach (var place in places)
            {
                ServiceAtLocations.Add(new HsdsServiceAtLocation { Id = NextId(), ServiceId = id, LocationId = Id(place) });
            }
            Phones.Add(new HsdsPhone { Id = NextId(), ServiceId = id, Number = $"0100 000 {number}", Type = "voice" });
            Schedules.Add(new HsdsSchedule
            {
                Id = NextId(),
                ServiceId = id,
                Freq = "WEEKLY",
                Interval = 1,
                Byday = days,
                OpensAt = opens,
                ClosesAt = closes,
                Description = hoursNote,
            });
            foreach (var language in languages)
            {
                var (code, native) = language.Split('=') switch { [var c, var n] => (c, n), _ => (language, language) };
                Languages.Add(new HsdsLanguage { Id = NextId(), ServiceId = id, Code = code, Name = native });
            }
            foreach (var code in terms)
            {
                Attributes.Add(new HsdsAttribute
                {
                    Id = NextId(),
                    LinkId = id,
                    LinkEntity = "service",
                    LinkType = "service_type",
                    TaxonomyTermId = SurvivorTaxonomy.Terms.Single(t => t.Code == code).Id,
                });
            }
            Areas.Add(new HsdsServiceArea { Id = NextId(), ServiceId = id, Name = area });
        }
    }

    private static Data Build(DateTime now)
    {
        var d = new Data();
        const string en = "en=English", es = "es=Español", ar = "ar=العربية", pt = "pt=Português", ro = "ro=Română";

        d.Organization(301, "Riverside Law Centre (fictional)", "Free legal advice for people on low incomes in Riverside.");
        d.Organization(302, "Harbour Housing Trust (fictional)", "Safe housing and housing support.");
        d.Organization(303, "Northgate Health Collective (fictional)", "A community clinic and talking therapies.");
        d.Organization(304, "Open Doors Community Hub (fictional)", "Classes, advice and a warm place to meet.");

        d.Place(201, 301, "Riverside Law Centre", "Ground-floor advice rooms.", "3 Market Street", "Riverside", "RV1 2AB",
            access: "Step-free entrance and an accessible toilet.", transport: "Buses 3 and 12 stop outside.");
        d.Place(202, 302, "Harbour House", "Rooms for women and their children, staffed day and night.", ConfidentialStreet, "Riverside", "RV3 9QL",
            confidential: true, access: "Two bedrooms on the ground floor.", transport: "Bus 7 to Quay Lane.");
        d.Place(203, 302, "Harbour Housing office", "Drop-in and appointments.", "88 High Street", "Riverside", "RV1 4CD");
        d.Place(204, 303, "Northgate clinic", "A walk-in clinic with a private waiting room.", "2 Station Road", "Northgate", "NG2 1EF",
            access: "Lift to every floor; hearing loop at reception.");
        d.Place(205, 304, "Open Doors hub", "A community centre with a café and a children's corner.", "41 Mill Road", "Riverside", "RV2 7GH");
        d.Place(206, 303, "Online and by phone", "Video or phone sessions from wherever you feel safe.", null, "Riverside", "");

        d.Service(101, 301, "Immigration advice clinic", "Accredited advisers help with immigration questions, applications and appeals, including T visas and other protection visas. Everything you say is confidential.",
            "Come to the drop-in, or call to book. You can bring someone you trust. An interpreter can be booked when you call.",
            [201], [en, es, ar], ["immigration-legal"], "TU,TH", "10:00", "16:00", "Riverside", interpretation: "Interpreters for any language, booked when you call.");
        d.Service(102, 301, "Work rights drop-in", "Advice on unpaid wages, unsafe work, contracts and what an employer may and may not do.",
            "Come on a Monday evening. No appointment needed.", [201], [en, es, pt], ["work-rights"], "MO", "17:00", "20:00", "Riverside");
        d.Service(103, 301, "Court and police support", "A caseworker explains what happens with the police or in court, and can come with you.",
            "Ask your coordinator to refer you, or call to talk it through.", [201], [en, ro], ["police-court"], "WE,FR", "09:30", "17:00", "Riverside");
        d.Service(104, 302, "Emergency stay (Harbour House)", "A safe room tonight for women and their children, with staff on hand day and night and help with what comes next.",
            "Call the line at any time. The address is shared once a place is agreed.", [202], [en, es, ar, "sq=Shqip"], ["safe-stay", "safety-planning"],
            "MO,TU,WE,TH,FR,SA,SU", "00:00", "00:00", "Riverside", hoursNote: "Open day and night.", eligibility: "Women over 18, with or without children.");
        d.Service(105, 302, "Move-on housing support", "Help to find and keep a home of your own: applications, deposits and settling in.",
            "Referral by a support worker. You will be asked for photo ID.", [203], [en, ro], ["housing"], "MO,WE,FR", "09:00", "17:00", "Riverside");
        d.Service(106, 303, "Walk-in clinic, no papers needed", "Nurses and doctors see you without an appointment. You do not need ID, an address or immigration papers.",
            "Walk in during opening hours and give any name you like at reception.", [204], [en, es, ar, "tl=Tagalog"], ["medical-no-documents"],
            "MO,TU,WE,TH,FR", "09:00", "17:00", "Northgate");
        d.Service(107, 303, "Talking therapy with interpreters", "Counselling for how you feel after hard experiences, with a trained interpreter in the room or online.",
            "Ask for a referral, or call to book a first conversation.", [204, 206], [en, ar, "uk=Українська", "vi=Tiếng Việt", "fa=فارسی"], ["counselling-interpreter"],
            "TU,TH", "12:00", "19:00", "Northgate");
        d.Service(108, 304, "English classes for adults", "Small, friendly English classes for beginners and improvers, with a children's corner.",
            "Come to the first class of any month.", [205], [en, es, ar, "zh=中文"], ["language-classes"], "MO,WE", "18:00", "20:00", "Riverside",
            fees: "A small fee per class; free for anyone who cannot pay.");
        d.Service(109, 304, "Money and benefits advice", "Help with debts, bank accounts and the benefits you can claim.",
            "Come on Thursday morning or ask for a referral.", [205], [en, es], ["money-benefits"], "TH", "10:00", "13:00", "Riverside");
        d.Service(110, 304, "Jobs and training club", "Find safe work, write a CV and learn about training and qualifications.",
            "Drop in on Wednesday afternoons.", [205, 206], [en, pt, ro], ["work-training"], "WE", "14:00", "16:00", "Riverside");
        d.Service(111, 302, "Safety planning by phone", "Plan with a trained worker how to stay safe at home, at work and online, by phone or video.",
            "Call or text the line and ask for a safety planning call.", [206], [en, es, ar], ["safety-planning"], "MO,TU,WE,TH,FR", "08:00", "20:00", "Online");

        // A front-desk line of the confidential house: it must not show either.
        d.Phones.Add(new HsdsPhone { Id = d.NextId(), ServiceAtLocationId = d.ServiceAtLocations.Single(s => s.LocationId == Id(202)).Id, Number = "0100 000 999", Type = "voice" });
        d.Costs.Add(new HsdsCostOption { Id = d.NextId(), ServiceId = Id(101), Option = "Advice", Amount = 0, Currency = "GBP" });
        d.Costs.Add(new HsdsCostOption { Id = d.NextId(), ServiceId = Id(108), Option = "Per class", Amount = 2, Currency = "GBP", AmountDescription = "Free for anyone who cannot pay." });
        d.Documents.Add(new HsdsRequiredDocument { Id = d.NextId(), ServiceId = Id(105), Document = "Photo ID" });
        d.Documents.Add(new HsdsRequiredDocument { Id = d.NextId(), ServiceId = Id(105), Document = "A letter from your support worker" });
        d.Documents.Add(new HsdsRequiredDocument { Id = d.NextId(), ServiceId = Id(109), Document = "Proof of address, if you have one" });

        ServiceFacts Facts(int number, bool experienced, bool? free, bool? id, bool? papers, bool? text, IntakeStatus intake,
            int? intakeDaysAgo, int? verifiedDaysAgo, string access = "") => new()
        {
            ServiceId = Id(number),
            ExperiencedWithSurvivors = experienced,
            IsFree = free,
            RequiresId = id,
            RequiresImmigrationDocuments = papers,
            SafeToText = text,
            Accessibility = access,
            Intake = intake,
            IntakeConfirmedAt = intakeDaysAgo is { } i ? now.AddDays(-i) : null,
            VerifiedAt = verifiedDaysAgo is { } v ? now.AddDays(-v) : null,
            UpdatedAt = now,
        };
        d.Facts.AddRange(
        [
            Facts(101, true, true, false, false, true, IntakeStatus.Open, 3, 60, "Step-free entrance."),
            Facts(102, true, true, false, false, null, IntakeStatus.WaitingList, 10, 30),
            Facts(103, true, true, null, null, null, IntakeStatus.Unknown, null, 200),
            Facts(104, true, true, false, false, false, IntakeStatus.Full, 1, 20),
            // Verified fourteen months ago: overdue with the default of twelve.
            Facts(105, true, true, true, false, null, IntakeStatus.WaitingList, 40, 14 * 30),
            Facts(106, false, true, false, false, true, IntakeStatus.Open, 2, 90, "Lift and hearing loop."),
            Facts(107, true, true, false, null, null, IntakeStatus.WaitingList, 7, null),
            Facts(108, false, false, false, false, true, IntakeStatus.Open, 5, 100),
            Facts(109, false, true, true, null, null, IntakeStatus.Unknown, null, 150),
            Facts(111, true, true, false, false, true, IntakeStatus.Open, 1, 10),
        ]);
        return d;
    }
}
