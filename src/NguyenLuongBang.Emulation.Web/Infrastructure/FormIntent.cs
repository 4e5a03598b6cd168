namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// Which of a form's buttons sent it: keep the draft, or send it on. A closed list like every other
/// choice: an unknown value is refused before the action runs, and nothing is saved. None (Enter in
/// a field, a script) is a save.
/// </summary>
public enum FormIntent
{
    Save,
    Submit,
}
