using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NguyenLuongBang.Emulation.Domain.Auditing;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Consolidation;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Files;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Notifications;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Domain.Settings;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Data;

/// <summary>
/// The portal's database. Abstract: each provider has a subclass with its own migrations
/// (see docs/decisions/ADR-0002-two-migration-sets.md).
/// </summary>
public abstract class AppDbContext(DbContextOptions options, CommuneScope? communes) : IdentityDbContext<AppUser, IdentityRole, string>(options), Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    private readonly CommuneScope _communes = communes ?? new CommuneScope();

    /// <summary>The commune this unit of work sees (read by every commune-owned table's query filter).</summary>
    public int CurrentCommuneId => _communes.CommuneId;

    /// <summary>True while the unit of work reads across communes (the filters let every row through).</summary>
    public bool AllCommunes => _communes.AllCommunes;

    public DbSet<Domain.Communes.Commune> Communes => Set<Domain.Communes.Commune>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<ContentArea> ContentAreas => Set<ContentArea>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<UnitType> UnitTypes => Set<UnitType>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitLaunchPlan> UnitLaunchPlans => Set<UnitLaunchPlan>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();

    public DbSet<ReportStatusChange> ReportStatusChanges => Set<ReportStatusChange>();

    public DbSet<Nomination> Nominations => Set<Nomination>();

    public DbSet<CouncilSession> CouncilSessions => Set<CouncilSession>();

    public DbSet<AwardDecision> AwardDecisions => Set<AwardDecision>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<Domain.Practices.GoodPractice> GoodPractices => Set<Domain.Practices.GoodPractice>();

    /// <summary>The Data Protection key ring, shared by every instance (cookies and antiforgery tokens work on any of them).</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    public DbSet<ConsolidatedReport> ConsolidatedReports => Set<ConsolidatedReport>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The chain's heads recorded by register entries and backups, which <c>verify-audit</c> checks the chain still reaches.</summary>
    public DbSet<AuditWitness> AuditWitnesses => Set<AuditWitness>();

    public DbSet<ReportVersion> ReportVersions => Set<ReportVersion>();

    public DbSet<LockException> LockExceptions => Set<LockException>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<PortalSetting> Settings => Set<PortalSetting>();

    public DbSet<Domain.Documents.RegisteredDocument> DocumentRegister => Set<Domain.Documents.RegisteredDocument>();

    public DbSet<Domain.Documents.RegisterStart> RegisterStarts => Set<Domain.Documents.RegisterStart>();

    public DbSet<Domain.Documents.IssuedDocument> IssuedDocuments => Set<Domain.Documents.IssuedDocument>();

    public DbSet<Domain.Documents.GuidanceDocument> GuidanceDocuments => Set<Domain.Documents.GuidanceDocument>();

    public DbSet<Domain.Documents.SigningCertificate> SigningCertificates => Set<Domain.Documents.SigningCertificate>();

    public DbSet<Domain.Documents.PersonalCertificate> PersonalCertificates => Set<Domain.Documents.PersonalCertificate>();

    public DbSet<Domain.Registrations.EmulationRegistration> Registrations => Set<Domain.Registrations.EmulationRegistration>();

    public DbSet<Identity.UserSession> UserSessions => Set<Identity.UserSession>();

    public DbSet<Infrastructure.JobLease> JobLeases => Set<Infrastructure.JobLease>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        CommuneOwnership.Apply(builder, type => FilterByCommuneMethod.MakeGenericMethod(type).Invoke(this, [builder]));

        // Nothing cascades unless a configuration says so explicitly (a report's own sections, a
        // session's votes): records are deactivated, not deleted, and SQL Server refuses multiple
        // cascade paths.
        foreach (var foreignKey in builder.Model.GetEntityTypes()
                     .SelectMany(t => t.GetForeignKeys())
                     .Where(fk => fk.DeleteBehavior == DeleteBehavior.Cascade
                                  && ((IConventionForeignKey)fk).GetDeleteBehaviorConfigurationSource() != ConfigurationSource.Explicit
                                  && fk.DeclaringEntityType.ClrType.Assembly != typeof(IdentityUser).Assembly))
        {
            foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
        }

        // Enums are stored by name, so the database reads well and reordering an enum is safe.
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
                     .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum))
        {
            property.SetProviderClrType(typeof(string));
            property.SetMaxLength(40);
        }
    }

    private static readonly System.Reflection.MethodInfo FilterByCommuneMethod =
        typeof(AppDbContext).GetMethod(nameof(FilterByCommune), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;

    /// <summary>
    /// The one filter of a commune-owned table. It reads this context's properties, so EF Core
    /// evaluates them on every query of whichever context runs it (the model is built once).
    /// </summary>
    private void FilterByCommune<T>(ModelBuilder builder)
        where T : class
    {
        if (typeof(T) == typeof(AppUser))
        {
            builder.Entity<AppUser>().HasQueryFilter(u => AllCommunes || u.CommuneId == CurrentCommuneId);
        }
        else
        {
            builder.Entity<T>().HasQueryFilter(e => AllCommunes || EF.Property<int>(e, CommuneOwnership.Key) == CurrentCommuneId);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<string>().HaveMaxLength(256);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }

    private readonly List<AuditEntry> _pendingAudit = [];
    private readonly Dictionary<AuditEntry, object> _auditSubjects = [];

    /// <summary>Adds an audit row to this unit of work; it is written by the next save, after the change it records.</summary>
    public void AddAudit(AuditEntry entry) => _pendingAudit.Add(entry);

    /// <summary>The last audit row added names <paramref name="entity"/>, whose key the save will give.</summary>
    public void IdentifyLastAudit(object entity) => _auditSubjects[_pendingAudit[^1]] = entity;

    /// <summary>
    /// One unit of work: the changes, then their audit rows in the order they were recorded,
    /// sealed into the hash chain — all in one transaction (the caller's, or one of its own). The
    /// chain's end is read inside it (SQLite: the write transaction; SQL Server: an update lock),
    /// so two saves cannot fork the chain, and each row is inserted on its own so that the order
    /// of the chain is the order of the rows.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        CommuneOwnership.StampNewRows(this);
        if (_pendingAudit.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var pending = _pendingAudit.ToList();
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            var previous = await LastAuditHashAsync(cancellationToken);
            foreach (var entry in pending)
            {
                if (_auditSubjects.Remove(entry, out var subject))
                {
                    entry.Identify(Entry(subject).Metadata.FindPrimaryKey()!.Properties.Select(p => Entry(subject).Property(p.Name).CurrentValue?.ToString()).FirstOrDefault());
                }

                entry.Seal(previous);
                previous = entry.Hash;
                CommuneOwnership.Stamp(this, AuditEntries.Add(entry));
                written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            _pendingAudit.Clear();
            return written;
        }
        catch
        {
            // Nothing was written: forget the rows (they recorded a change that did not happen) and unseal them.
            _pendingAudit.Clear();
            _auditSubjects.Clear();
            foreach (var entry in pending)
            {
                if (Entry(entry).State != EntityState.Detached)
                {
                    Entry(entry).State = EntityState.Detached;
                }

                entry.Unseal();
            }

            throw;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The end of the chain, read so that a second writer waits: SQLite's transaction already holds
    /// the write lock; SQL Server takes an update lock on the last row until the commit.
    /// </summary>
    protected virtual Task<string?> LastAuditHashAsync(CancellationToken cancellationToken) =>
        AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Select(a => a.Hash).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Makes other writers of the same record wait until this transaction ends. SQLite needs
    /// nothing: its write transaction (BEGIN IMMEDIATE) already lets one writer in at a time.
    /// </summary>
    public virtual Task LockAsync(string key, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A lock is taken inside a transaction.");
        }

        return Task.CompletedTask;
    }

    /// <summary>A lock's name within the unit of work's commune: communes never wait for each other.</summary>
    protected string CommuneLockKey(string key) => AllCommunes
        ? throw new InvalidOperationException("Locks are taken within one commune.")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"commune:{CurrentCommuneId}:{key}");

    /// <summary>
    /// The last sequence of an issuer's document type in a year, read so that a second writer
    /// waits for this transaction (SQLite's write transaction already serialises writers).
    /// </summary>
    public virtual async Task<int> LastRegisterSequenceAsync(string issuer, string typeCode, int year, CancellationToken cancellationToken) =>
        await DocumentRegister.Where(d => d.Issuer == issuer && d.TypeCode == typeCode && d.Year == year).MaxAsync(d => (int?)d.Sequence, cancellationToken) ?? 0;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();
}
