namespace NguyenLuongBang.Emulation.Web.Features.Movement;

/// <summary>The services of the Movement feature, registered by <c>PortalSetup</c>.</summary>
public static class MovementServices
{
    public static IServiceCollection AddMovement(this IServiceCollection services)
    {
        services.AddScoped<MovementQueries>();
        return services;
    }
}
