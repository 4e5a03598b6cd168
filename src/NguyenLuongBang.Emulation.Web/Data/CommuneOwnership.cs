using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Data;

/// <summary>
/// Every table belongs to one commune unless it is on <see cref="GlobalTypes"/>: it gets a
/// <c>CommuneId</c> column (a shadow property: the domain does not see it) with a key to
/// <c>Communes</c>, a query filter on the unit of work's commune, and new rows are stamped with it
/// on save. A new entity is commune-owned by default; making one global is a visible decision here.
/// </summary>
public static class CommuneOwnership
{
    /// <summary>The column (and shadow property) naming a row's commune.</summary>
    public const string Key = "CommuneId";

    /// <summary>
    /// Shared by every commune: the list of communes; roles and the Identity tables keyed by an
    /// account (the account itself is the commune's); the key ring; job leases; sign-in sessions
    /// (found by their random key before the commune is known; each names its account). Every other
    /// type of ASP.NET Core Identity's own (passkeys…) hangs off an account or a role and is shared too.
    /// </summary>
    public static readonly IReadOnlySet<Type> GlobalTypes = new HashSet<Type>
    {
        typeof(Commune),
        typeof(IdentityRole),
        typeof(IdentityRoleClaim<string>),
        typeof(IdentityUserRole<string>),
        typeof(IdentityUserClaim<string>),
        typeof(IdentityUserLogin<string>),
        typeof(IdentityUserToken<string>),
        typeof(DataProtectionKey),
        typeof(Infrastructure.JobLease),
        typeof(UserSession),
    };

    public static bool IsCommuneOwned(IReadOnlyEntityType type) =>
        type.BaseType is null && !type.IsOwned() && !GlobalTypes.Contains(type.ClrType)
        && type.ClrType.Assembly != typeof(IdentityUser).Assembly;

    /// <summary>Adds the commune key and its filter to every commune-owned entity of the model.</summary>
    internal static void Apply(ModelBuilder builder, Action<Type> addFilter)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(IsCommuneOwned).Select(t => t.ClrType).ToList())
        {
            var entity = builder.Entity(type);
            if (type == typeof(AppUser))
            {
                // An account's commune is a real property (null: the city's accounts, later).
                entity.HasOne(typeof(Commune)).WithMany().HasForeignKey(nameof(AppUser.CommuneId)).OnDelete(DeleteBehavior.Restrict);
            }
            else
            {
                entity.Property<int>(Key);
                entity.HasOne(typeof(Commune)).WithMany().HasForeignKey(Key).OnDelete(DeleteBehavior.Restrict);
            }

            addFilter(type);
        }
    }

    /// <summary>Gives every row about to be inserted the unit of work's commune (refused when reading across communes).</summary>
    internal static void StampNewRows(AppDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added))
        {
            Stamp(db, entry);
        }
    }

    internal static void Stamp(AppDbContext db, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        if (!IsCommuneOwned(entry.Metadata))
        {
            return;
        }

        var property = entry.Property(entry.Entity is AppUser ? nameof(AppUser.CommuneId) : Key);
        if (property.CurrentValue is null or 0)
        {
            if (db.AllCommunes)
            {
                throw new InvalidOperationException($"A new {entry.Metadata.ClrType.Name} was added while reading across communes: whose is it?");
            }

            property.CurrentValue = db.CurrentCommuneId;
        }
        else if (!db.AllCommunes && !Equals(property.CurrentValue, db.CurrentCommuneId))
        {
            throw new InvalidOperationException($"A new {entry.Metadata.ClrType.Name} names commune {property.CurrentValue} inside commune {db.CurrentCommuneId}.");
        }
    }

    /// <summary>A unique natural key is unique within a commune: the commune's key leads the index.</summary>
    internal static Microsoft.EntityFrameworkCore.Metadata.Builders.IndexBuilder<T> HasCommuneIndex<T>(
        this Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> builder, params string[] properties)
        where T : class
    {
        builder.Property<int>(Key);
        return builder.HasIndex([Key, .. properties]);
    }
}
