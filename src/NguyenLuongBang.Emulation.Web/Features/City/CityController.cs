using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.City;

/// <summary>
/// The city's Ban Thi đua - Khen thưởng: who has reported in each commune, each commune's issued
/// consolidated report (the frozen copy), the Bằng khen proposals with their dossiers, and the city's
/// decision on each, recorded on the commune's own nomination (its award history, its honour board).
/// Reads go across communes; the one write happens inside the proposal's commune, audited in its chain.
/// </summary>
[Authorize(Policy = Policies.City)]
[Route("Thanh-pho")]
public sealed class CityController(CityQueries queries, CityCommuneWork inCommunes, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken) => View(await queries.OverviewAsync(Year(year), cancellationToken));

    /// <summary>A commune's issued consolidated report of a year, exactly as it was issued and stored.</summary>
    [HttpGet("Bao-cao/{commune:int}/{year:int}.pdf")]
    public async Task<IActionResult> Report(int commune, int year, CancellationToken cancellationToken) =>
        await inCommunes.IssuedReportAsync(commune, year, cancellationToken) is { } issued
            ? File(issued.Content, issued.ContentType, issued.FileName)
            : NotFound();

    /// <summary>The indicators of a year added up across the city, each by its own rule, and the communes side by side, sorted by any indicator.</summary>
    /// <param name="sort">An indicator's code; none: by commune name.</param>
    /// <param name="dir">"giam" for largest (or last in the alphabet) first.</param>
    [HttpGet("Chi-tieu")]
    public async Task<IActionResult> Indicators(int? year, string? sort, string? dir, CancellationToken cancellationToken) =>
        View((await queries.IndicatorsAsync(Year(year), cancellationToken)).SortedBy(sort, dir == Descending));

    /// <summary>The same comparison, in the same order, as an Excel workbook.</summary>
    [HttpGet("Chi-tieu/Excel")]
    public async Task<IActionResult> IndicatorsExcel(int? year, string? sort, string? dir, CancellationToken cancellationToken)
    {
        var data = (await queries.IndicatorsAsync(Year(year), cancellationToken)).SortedBy(sort, dir == Descending);
        return File(CityIndicatorsExcel.Render(data), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", CityIndicatorsExcel.FileName(data.Year));
    }

    /// <summary>One commune's figures of a year beside the city's: where a commune's name in the comparison leads.</summary>
    [HttpGet("Chi-tieu/{commune:int}")]
    public async Task<IActionResult> CommuneIndicators(int commune, int? year, CancellationToken cancellationToken)
    {
        var data = await queries.IndicatorsAsync(Year(year), cancellationToken);
        return data.Communes.FirstOrDefault(c => c.CommuneId == commune) is { } figures ? View(new CityCommunePage(data, figures)) : NotFound();
    }

    private const string Descending = "giam";

    private int Year(int? year) => Math.Clamp(year ?? ReviewRound.CurrentYear(clock), ReviewRound.FirstYear, ReviewRound.FinalYear);

    [HttpGet("Bang-khen")]
    public async Task<IActionResult> Proposals(CancellationToken cancellationToken) => View(await queries.ForwardedNominationsAsync(cancellationToken));

    /// <summary>The achievement report of a proposal the city received, drawn from the commune's dossier.</summary>
    [HttpGet("Bang-khen/{commune:int}/{id:int}.pdf")]
    public async Task<IActionResult> Dossier(int commune, int id, CancellationToken cancellationToken) =>
        await inCommunes.DossierAsync(commune, id, cancellationToken) is { } file
            ? File(file.Content, DocumentIssuer.PdfType, file.FileName)
            : NotFound();

    /// <summary>The city's decision on one proposal: awarded or not, its number and date; recorded once.</summary>
    [HttpPost("Bang-khen/{commune:int}/{id:int}")]
    public async Task<IActionResult> Decide(int commune, int id, bool? awarded, string? number, DateOnly? decidedOn, CancellationToken cancellationToken) =>
        await this.AnswerForm(await inCommunes.DecideAsync(commune, id, awarded, number, decidedOn, User.ToActor(), cancellationToken),
            () => RedirectToAction(nameof(Proposals)),
            // Refused (no choice, a date out of range, an empty number, decided already): the list again, with what was typed.
            async refusal => View(nameof(Proposals), await queries.ForwardedNominationsAsync(cancellationToken) with
            {
                Typed = new CityDecisionForm(commune, id, awarded, number, decidedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), refusal),
            }));
}
