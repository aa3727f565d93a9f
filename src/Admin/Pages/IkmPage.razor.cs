using System.Globalization;
using Microsoft.AspNetCore.Components;
using MppQueue.Admin.Ikm;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Admin.Pages;

/// <summary>
/// The satisfaction index (IKM) of a chosen period for supervisors: the whole MPP (or, for an agency supervisor,
/// their agency only), each agency and each service, with each element's mean and the number of responses.
/// </summary>
public partial class IkmPage
{
    private static readonly IkmPeriodChoice[] _choices = Enum.GetValues<IkmPeriodChoice>();

    private Officer? _me;
    private IkmPeriodChoice _choice = IkmPeriodChoice.ThisMonth;
    private IkmPeriod _period;
    private DateTime? _from;
    private DateTime? _to;
    private string? _problem;
    private IkmSheet? _sheet;

    [Inject]
    private QueueEngine Engine { get; set; } = default!;

    [Inject]
    private SurveyService Survey { get; set; } = default!;

    [Inject]
    private CurrentOfficer Officers { get; set; } = default!;

    private static string GradeRanges => string.Join(
        " · ",
        Enum.GetValues<SkmGrade>().Select(grade =>
        {
            var (low, high) = grade switch
            {
                SkmGrade.A => (IkmCalculator.LowestA, IkmCalculator.HighestIndex),
                SkmGrade.B => (IkmCalculator.LowestB, IkmCalculator.LowestA - 0.01m),
                SkmGrade.C => (IkmCalculator.LowestC, IkmCalculator.LowestB - 0.01m),
                _ => (IkmCalculator.LowestIndex, IkmCalculator.LowestC - 0.01m),
            };
            return Labels.Format(ReportText.IkmGradeRange, grade, SkmText.GradeLabel(grade, CultureInfo.CurrentUICulture), Figure(low), Figure(high));
        }));

    private static string ElementLegend => string.Join(
        " · ",
        SkmAnswers.Elements.Select(e => IkmLabels.ElementCode(e) + " " + SkmText.ElementName(e, CultureInfo.CurrentUICulture)));

    protected override async Task OnInitializedAsync()
    {
        _me = await Officers.GetAsync();
        Show(IkmPeriod.Of(IkmPeriodChoice.ThisMonth, Engine.Today));
    }

    private static string Figure(decimal? value) => IkmLabels.Figure(value, CultureInfo.CurrentCulture);

    private static string ChoiceLabel(IkmPeriodChoice choice) => choice switch
    {
        IkmPeriodChoice.ThisMonth => ReportText.IkmThisMonth,
        IkmPeriodChoice.LastMonth => ReportText.IkmLastMonth,
        IkmPeriodChoice.ThisYear => ReportText.IkmThisYear,
        _ => ReportText.IkmCustom,
    };

    private static Color GradeColor(SkmGrade? grade) => grade switch
    {
        SkmGrade.A => Color.Success,
        SkmGrade.B => Color.Info,
        SkmGrade.C => Color.Warning,
        SkmGrade.D => Color.Error,
        _ => Color.Default,
    };

    private void OnChoiceClicked(IkmPeriodChoice choice)
    {
        _choice = choice;
        if (choice == IkmPeriodChoice.Custom)
        {
            // The custom range starts from what is on screen, so one date can be changed at a time.
            _from = _period.From.ToDateTime(TimeOnly.MinValue);
            _to = _period.To.ToDateTime(TimeOnly.MinValue);
            return;
        }

        Show(IkmPeriod.Of(choice, Engine.Today));
    }

    private void OnFromChanged(DateTime? value)
    {
        _from = value;
        ShowCustom();
    }

    private void OnToChanged(DateTime? value)
    {
        _to = value;
        ShowCustom();
    }

    private void ShowCustom()
    {
        if (_from is null || _to is null)
        {
            _sheet = null;
            _problem = Labels.Format(ReportText.IkmQueryMissing, _from is null ? ReportText.IkmFrom : ReportText.IkmTo);
            return;
        }

        Show(new IkmPeriod(DateOnly.FromDateTime(_from.Value), DateOnly.FromDateTime(_to.Value)));
    }

    private void Show(IkmPeriod period)
    {
        _period = period;
        _sheet = null;
        _problem = period.Problem(CultureInfo.CurrentUICulture);
        if (_problem is not null || _me is null)
        {
            return;
        }

        try
        {
            var report = Survey.Report(period.From, period.To);
            _sheet = IkmSheet.For(report, Engine.Catalog, IkmAudience.AgencyOf(_me), CultureInfo.CurrentUICulture);
        }
        catch (SurveyException refused)
        {
            _problem = refused.Error.Describe(CultureInfo.CurrentUICulture);
        }
    }
}
