using System.ComponentModel.DataAnnotations;
using Circles.Web.Accounts;
using Circles.Web.Data;
using Circles.Web.Features.Directory.Hsds.Export;
using Circles.Web.Features.Directory.Hsds.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Circles.Web.Features.Directory.Hsds;

/// <summary>
/// The coordinator's import and export of the organization's directory in HSDS form. An upload
/// (SEC-25) is capped, its kind decided from its content, and it is read in memory only: the
/// form limits below keep the file out of temporary files on disk, and nothing of it is stored
/// except the records it imports. The import's report is shown at once; re-sending it would
/// import the same data again, which changes nothing.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit, MemoryBufferThreshold = RequestLimit)]
public sealed class DataModel(CirclesDb db, HsdsImporter importer, HsdsExporter exporter, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>Room above the file cap, so that a file a little too large gets a clear message rather than a bare refusal.</summary>
    private const int RequestLimit = HsdsLimits.MaxUploadBytes + (2 * 1024 * 1024);

    public IReadOnlyList<(HsdsTable Table, int Count)> Holdings { get; private set; } = [];
    public int ConfidentialLocations { get; private set; }
    public HsdsImportReport? Report { get; private set; }
    public bool Imported { get; private set; }

    [BindProperty]
    public TrustedPartnerForm Trusted { get; set; } = new();

    public static string MaxUploadMegabytes => HsdsLimits.Megabytes(HsdsLimits.MaxUploadBytes);

    public async Task OnGetAsync() => await LoadHoldingsAsync();

    public async Task<IActionResult> OnPostImportAsync(IFormFile? upload)
    {
        ModelState.Clear();
        if (upload is null || upload.Length == 0)
        {
            ModelState.AddModelError("upload", l["Choose a file to import."]);
        }
        else if (upload.Length > HsdsLimits.MaxUploadBytes)
        {
            ModelState.AddModelError("upload", l["This file is larger than {0} MB. Split the data into smaller files.", MaxUploadMegabytes]);
        }
        else
        {
            var bytes = new byte[upload.Length];
            await using (var stream = upload.OpenReadStream())
            {
                await stream.ReadExactlyAsync(bytes, HttpContext.RequestAborted);
            }
            var report = new HsdsImportReport();
            var input = HsdsInput.FromBytes(UploadName(upload.FileName), bytes, report);
            Report = input is null ? report : await importer.ImportAsync(input, User.GetUserId(), HttpContext.RequestAborted);
            Imported = Report.Succeeded;
        }
        await LoadHoldingsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(string? format)
    {
        var file = await exporter.ExportAsync(Format(format), trustedPartnerReason: null, User.GetUserId(), HttpContext.RequestAborted);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>Confidential addresses leave Circles here: only after a fresh second factor (SEC-17).</summary>
    [RequiresRecentConfirmation]
    public async Task<IActionResult> OnPostTrustedExportAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadHoldingsAsync();
            return Page();
        }
        var file = await exporter.ExportAsync(Format(Trusted.Format), Trusted.Reason.Trim(), User.GetUserId(), HttpContext.RequestAborted);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private static HsdsExportFormat Format(string? format) => format == "json" ? HsdsExportFormat.Json : HsdsExportFormat.Csv;

    /// <summary>The name the report shows for the file: only its last part, and not too long.</summary>
    private static string UploadName(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        return name.Length == 0 ? "upload" : name.Length <= 80 ? name : name[..80];
    }

    private async Task LoadHoldingsAsync()
    {
        var holdings = new List<(HsdsTable, int)>();
        foreach (var table in HsdsSchema.Tables)
        {
            holdings.Add((table, await HsdsTableAccess.For(table).CountAsync(db, HttpContext.RequestAborted)));
        }
        Holdings = holdings;
        ConfidentialLocations = await db.Set<HsdsLocation>().CountAsync(location => location.IsConfidential, HttpContext.RequestAborted);
    }

    public sealed class TrustedPartnerForm
    {
        [Required(ErrorMessage = "Say why this partner needs the confidential addresses.")]
        [StringLength(HsdsExporter.MaxReasonLength, ErrorMessage = "Use at most 80 characters.")]
        [Display(Name = "Why does this partner need them?")]
        public string Reason { get; set; } = "";

        public string? Format { get; set; } = "csv";
    }
}
