using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace NguyenLuongBang.Emulation.Web.Identity;

/// <summary>
/// Identity's user manager on the portal's clock: an account locked after five wrong passwords is
/// locked until the portal's time says so (Identity itself stamps and checks lockouts with the
/// machine's clock, so a test clock or a corrected server clock would disagree with it).
/// </summary>
public sealed class PortalUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> options,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    TimeProvider clock)
    : UserManager<AppUser>(store, options, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private IUserLockoutStore<AppUser> LockoutStore => (IUserLockoutStore<AppUser>)Store;

    public override async Task<bool> IsLockedOutAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ThrowIfDisposed();
        return await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken)
               && await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken) is { } end
               && end >= clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        ThrowIfDisposed();
        var failures = await LockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (failures >= Options.Lockout.MaxFailedAccessAttempts)
        {
            await LockoutStore.SetLockoutEndDateAsync(user, clock.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan), CancellationToken);
            await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        }

        return await UpdateUserAsync(user);
    }
}
