package se.koordinera.sickleave.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.koordinera.access.CurrentUser;
import se.koordinera.sickleave.OverviewSettingsService;
import se.koordinera.web.UnitSelection;

/**
 * The default unit of the user's settings: a user with several units who has chosen one as
 * default starts there instead of on the unit chooser (they can still change unit).
 */
@Configuration
public class SickLeaveWebConfiguration implements WebMvcConfigurer {

    private final CurrentUser currentUser;
    private final UnitSelection unitSelection;
    private final OverviewSettingsService settings;

    public SickLeaveWebConfiguration(CurrentUser currentUser, UnitSelection unitSelection, OverviewSettingsService settings) {
        this.currentUser = currentUser;
        this.unitSelection = unitSelection;
        this.settings = settings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (!"GET".equals(request.getMethod())) {
                    return true;
                }
                currentUser.find().ifPresent(user -> {
                    var session = request.getSession(false);
                    if (session == null || unitSelection.selected(session, user).isPresent()) {
                        return;
                    }
                    String unit = settings.get(user.hsaId()).defaultUnitId();
                    if (unit != null && user.mayAccessPatientsOf(unit)) {
                        unitSelection.select(session, user, unit);
                    }
                });
                return true;
            }
        }).addPathPatterns("/", "/oversikt", "/patient/**");
    }
}
