package se.koordinera.audit;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionTemplate;
import se.koordinera.access.AccessControl;
import se.koordinera.access.KoordineraUser;
import se.koordinera.patient.Personnummer;

/**
 * The one place where patient data is guarded: every {@link PatientData} method passes here.
 * Order: assignment check (403 before any data is touched), then the method and the log entry
 * in one transaction, so a command and its log entry are stored together or not at all.
 */
public class PatientDataInterceptor implements MethodInterceptor {

    private final ObjectProvider<AccessControl> accessControl;
    private final ObjectProvider<AccessLog> accessLog;
    private final ObjectProvider<TransactionTemplate> transactions;
    private final ObjectProvider<LogReviewService> logReview;

    public PatientDataInterceptor(ObjectProvider<AccessControl> accessControl, ObjectProvider<AccessLog> accessLog,
            ObjectProvider<TransactionTemplate> transactions, ObjectProvider<LogReviewService> logReview) {
        this.accessControl = accessControl;
        this.accessLog = accessLog;
        this.transactions = transactions;
        this.logReview = logReview;
    }

    /** How deep the current thread is inside guarded methods: {@link WithinPatientData} methods need at least one. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    static boolean insideGuard() {
        return DEPTH.get()[0] > 0;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return guard(invocation);
        } finally {
            depth[0]--;
        }
    }

    private Object guard(MethodInvocation invocation) throws Throwable {
        Method method = invocation.getMethod();
        PatientData spec = method.getAnnotation(PatientData.class);
        Object[] args = invocation.getArguments();
        int providerIndex = indexOf(method, CareProviderId.class);
        if (providerIndex >= 0) {
            return invokeForProvider(invocation, spec, (String) args[providerIndex]);
        }
        Object unitArg = args[indexOf(method, UnitId.class)];
        String unitId;
        KoordineraUser user;
        if (unitArg instanceof Collection<?> units) {
            // A batch naming several units needs an assignment for every one of them.
            user = null;
            for (Object unit : units) {
                user = accessControl.getObject().requireCareAssignment((String) unit);
            }
            unitId = null;
            if (user == null) {
                user = accessControl.getObject().currentUser();
            }
        } else {
            unitId = (String) unitArg;
            user = accessControl.getObject().requireCareAssignment(unitId);
        }
        KoordineraUser actor = user;
        int patientIndex = indexOf(method, PatientId.class);
        String patientId = patientIndex < 0 ? null : patientIdOf(args[patientIndex]);

        try {
            return transactions.getObject().execute(status -> {
                Object result = proceed(invocation);
                if (patientId != null) {
                    accessLog.getObject().record(actor, unitId, patientId, spec.function(), spec.action());
                }
                if (result instanceof MultiUnitPatientListing byUnit) {
                    byUnit.patientIdsByUnit().forEach((unit, patients) ->
                            accessLog.getObject().recordListing(actor, unit, patients, spec.function(), spec.action()));
                } else if (result instanceof PatientListing listing && patientId == null) {
                    java.util.Collection<String> listed = listing.listedPatientIds();
                    if (listed.size() == 1) {
                        // One patient's record (a case, a consent): every access counts, as for a @PatientId method.
                        accessLog.getObject().record(actor, unitId, listed.iterator().next(), spec.function(), spec.action());
                    } else {
                        accessLog.getObject().recordListing(actor, unitId, listed, spec.function(), spec.action());
                    }
                }
                return result;
            });
        } catch (WrappedThrowable w) {
            throw w.getCause();
        }
    }

    /** Log follow-up across a care provider: the log-review role instead of a care assignment, the purpose Kvalitetssäkring. */
    private Object invokeForProvider(MethodInvocation invocation, PatientData spec, String careProviderId) throws Throwable {
        KoordineraUser user = logReview.getObject().requireReviewer(careProviderId);
        String patientId = patientIdOf(invocation.getArguments()[indexOf(invocation.getMethod(), PatientId.class)]);
        try {
            return transactions.getObject().execute(status -> {
                Object result = proceed(invocation);
                accessLog.getObject().recordForPurpose(user, careProviderId, patientId, spec.function(), spec.action(),
                        LogReviewService.PURPOSE);
                return result;
            });
        } catch (WrappedThrowable w) {
            throw w.getCause();
        }
    }

    private static Object proceed(MethodInvocation invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new WrappedThrowable(t);
        }
    }

    private static String patientIdOf(Object arg) {
        if (arg instanceof Personnummer p) {
            return p.value();
        }
        return Personnummer.parse(String.valueOf(arg)).value();
    }

    static int indexOf(Method method, Class<? extends Annotation> annotation) {
        Annotation[][] all = method.getParameterAnnotations();
        for (int i = 0; i < all.length; i++) {
            for (Annotation a : all[i]) {
                if (a.annotationType() == annotation) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Refuses a {@link PatientData} method that could not be logged: it must name its unit, and
     * either its patient or return a {@link PatientListing}.
     */
    static void verify(Method method) {
        if (indexOf(method, CareProviderId.class) >= 0) {
            if (method.getParameterTypes()[indexOf(method, CareProviderId.class)] != String.class || indexOf(method, PatientId.class) < 0) {
                throw new IllegalStateException("@PatientData method " + method + " for a care provider needs a String @CareProviderId "
                        + "and a @PatientId");
            }
            return;
        }
        int unit = indexOf(method, UnitId.class);
        if (unit < 0 || !(method.getParameterTypes()[unit] == String.class || Collection.class.isAssignableFrom(method.getParameterTypes()[unit]))) {
            throw new IllegalStateException("@PatientData method " + method + " needs a String (or collection of unit ids) parameter annotated @UnitId");
        }
        if (Collection.class.isAssignableFrom(method.getParameterTypes()[unit])
                && !MultiUnitPatientListing.class.isAssignableFrom(method.getReturnType())) {
            throw new IllegalStateException("@PatientData method " + method + " for several units must return a MultiUnitPatientListing");
        }
        int patient = indexOf(method, PatientId.class);
        if (patient >= 0) {
            Class<?> type = method.getParameterTypes()[patient];
            if (type != Personnummer.class && type != String.class) {
                throw new IllegalStateException("@PatientId of " + method + " must be a Personnummer or String");
            }
        } else if (!PatientListing.class.isAssignableFrom(method.getReturnType())) {
            throw new IllegalStateException("@PatientData method " + method
                    + " must have a @PatientId parameter or return a PatientListing, so that the access can be logged");
        }
    }

    private static final class WrappedThrowable extends RuntimeException {
        WrappedThrowable(Throwable cause) {
            super(cause);
        }
    }
}
