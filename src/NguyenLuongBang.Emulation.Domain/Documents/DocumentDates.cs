using System.Globalization;
using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Documents;

/// <summary>
/// A document is dated the day it is signed; these are the orders that date must keep
/// (Nghị định 30/2020, Phụ lục I, II.3–4): never before a document it cites, never before an
/// earlier number of its own register.
/// </summary>
public static class DocumentDates
{
    /// <param name="cited">What the document cites: its kind ("Tờ trình"), number and date; nulls are skipped.</param>
    public static void EnsureNotBefore(DateOnly date, params (string Kind, string Number, DateOnly Date)?[] cited)
    {
        ArgumentNullException.ThrowIfNull(cited);
        foreach (var c in cited)
        {
            if (c is { } earlier && date < earlier.Date)
            {
                throw new DomainException($"Văn bản không thể ghi ngày {Day(date)}, trước {earlier.Kind} số {earlier.Number} ngày {Day(earlier.Date)} mà nó dẫn chiếu.");
            }
        }
    }

    /// <summary>Numbers of one register run in date order: a later number is never dated before an earlier one.</summary>
    public static void EnsureRegisterOrder(DateOnly date, string lastNumber, DateOnly lastDate)
    {
        if (date < lastDate)
        {
            throw new DomainException($"Sổ văn bản đã có số {lastNumber} ngày {Day(lastDate)}: văn bản số sau không thể ghi ngày {Day(date)}, trước đó.");
        }
    }

    private static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
