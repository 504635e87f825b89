package org.uniregion.audit;

import java.util.List;
import java.util.TreeSet;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.uniregion.platform.Caller;

/**
 * Hooks the audit listener into Hibernate's event system when the application starts (before any runner
 * seeds data), for every entity of the persistence unit: modules only annotate their entities. It does so once
 * every bean is created, before the product answers: Hibernate starts on a thread of its own meanwhile, and
 * asking for it earlier would make the start wait for it.
 */
@Component
class AuditCapture implements SmartInitializingSingleton {

	private final EntityManagerFactory emf;

	private volatile List<String> auditedTypes = List.of();

	AuditCapture(EntityManagerFactory emf) {
		this.emf = emf;
	}

	@Override
	public void afterSingletonsInstantiated() {
		SessionFactoryImplementor factory = this.emf.unwrap(SessionFactoryImplementor.class);
		AuditEventListener listener = new AuditEventListener(AuditCapture::actor);
		EventListenerRegistry registry = factory.getServiceRegistry().requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, listener);
		registry.appendListeners(EventType.POST_UPDATE, listener);
		registry.appendListeners(EventType.POST_DELETE, listener);
		registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, listener);
		registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, listener);
		registry.appendListeners(EventType.PRE_COLLECTION_RECREATE, listener);
		TreeSet<String> names = new TreeSet<>();
		factory.getMappingMetamodel().forEachEntityDescriptor(p -> listener.audited(p).ifPresent(t -> names.add(t.name())));
		this.auditedTypes = List.copyOf(names);
	}

	/** The names of the audited entity types, as they appear in the trail. */
	List<String> auditedTypes() {
		return this.auditedTypes;
	}

	/**
	 * Who made the change: the signed-in user; "system" for work outside any web request (start-up data,
	 * scheduled jobs, {@link org.uniregion.platform.SystemActor}); "anonymous" for a web request without a user.
	 */
	static String actor() {
		Caller caller = Caller.current();
		if (!caller.isAnonymous()) {
			return caller.username();
		}
		return RequestContextHolder.getRequestAttributes() == null ? Caller.SYSTEM.username() : Caller.ANONYMOUS.username();
	}

}
