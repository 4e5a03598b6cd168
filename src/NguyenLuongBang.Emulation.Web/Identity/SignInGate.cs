namespace NguyenLuongBang.Emulation.Web.Identity;

/// <summary>
/// Lets as many sign-ins check their password at once as the machine has cores. A password check
/// is deliberately slow work (PBKDF2); a thousand of them at once on the deadline evening would
/// starve every other request of the processor — including those holding a database lock — where
/// waiting their turn here costs nothing and holds no connection. Measured in docs/performance.md.
/// </summary>
public sealed class SignInGate : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
