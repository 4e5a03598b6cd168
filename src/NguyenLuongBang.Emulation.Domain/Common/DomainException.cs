namespace NguyenLuongBang.Emulation.Domain.Common;

/// <summary>
/// Thrown when an entity refuses a change: an illegal status move or a broken rule.
/// The message is Vietnamese because it is shown to the user as it is.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string message) : base(message) { }

    public DomainException() { }

    public DomainException(string message, Exception innerException) : base(message, innerException) { }
}
