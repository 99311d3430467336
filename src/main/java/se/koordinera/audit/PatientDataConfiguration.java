package se.koordinera.audit;

import java.lang.reflect.Method;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import se.koordinera.access.AccessControl;

/**
 * Wires {@link PatientDataInterceptor} around every {@link PatientData} method of every bean,
 * and checks at start-up that each such method can be logged.
 */
@Configuration(proxyBeanMethods = false)
public class PatientDataConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor patientDataAdvisor(ObjectProvider<AccessControl> accessControl, ObjectProvider<AccessLog> accessLog,
            ObjectProvider<TransactionTemplate> transactions, ObjectProvider<LogReviewService> logReview) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(null, PatientData.class, true),
                new PatientDataInterceptor(accessControl, accessLog, transactions, logReview));
        // Outermost: the access check runs before any transaction or data access starts.
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return advisor;
    }

    /** A {@link WithinPatientData} method called from outside every guarded method is a programming error: refuse it. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor withinPatientDataAdvisor() {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(null, WithinPatientData.class, true),
                (org.aopalliance.intercept.MethodInterceptor) invocation -> {
                    if (!PatientDataInterceptor.insideGuard()) {
                        throw new IllegalStateException(invocation.getMethod() + " reads or writes patient data unlogged: call it only "
                                + "from a @PatientData method");
                    }
                    return invocation.proceed();
                });
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return advisor;
    }

    @Bean
    static BeanPostProcessor patientDataVerifier() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
                Class<?> type = ClassUtils.getUserClass(bean);
                if (type.getName().startsWith("se.koordinera")) {
                    for (Method m : ReflectionUtils.getUniqueDeclaredMethods(type)) {
                        if (m.isAnnotationPresent(PatientData.class)) {
                            PatientDataInterceptor.verify(m);
                        }
                    }
                }
                return bean;
            }
        };
    }
}
