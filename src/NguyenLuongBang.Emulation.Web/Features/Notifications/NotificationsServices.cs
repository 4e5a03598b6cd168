namespace NguyenLuongBang.Emulation.Web.Features.Notifications;

/// <summary>The services of the Notifications feature, registered by <c>PortalSetup</c>.</summary>
public static class NotificationsServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<NotificationInbox>();
        services.AddScoped<Notifier>();
        services.AddScoped<DeadlineReminders>();
        services.AddScoped<OutboxDelivery>();
        services.AddSingleton(MailLimits.From(configuration));
        services.AddScoped<UnitReminders>();
        if (configuration.GetValue("Portal:RunBackgroundJobs", true))
        {
            services.AddHostedService<DeadlineReminderWorker>();
            services.AddHostedService<OutboxSender>();
        }

        return services;
    }
}
