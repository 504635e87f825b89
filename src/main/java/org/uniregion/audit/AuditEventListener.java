package org.uniregion.audit;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRecreateEvent;
import org.hibernate.event.spi.PreCollectionRecreateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.metamodel.CollectionClassification;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.CollectionType;
import org.hibernate.type.ComponentType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotationUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.uniregion.shared.Audited;

/**
 * Captures every insert, update and delete of an {@link Audited} entity, and every change of its
 * collections, as Hibernate executes them during a flush, and hands them to the transaction's
 * {@link TransactionChanges}, which writes them to the chain just before the commit. Knows no entity:
 * everything comes from Hibernate's metamodel and the {@link Audited} annotation.
 */
final class AuditEventListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PreCollectionUpdateEventListener, PreCollectionRemoveEventListener, PreCollectionRecreateEventListener {

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private static final String UNKNOWN = "[unknown]";

	private final Map<String, Optional<AuditedType>> types = new ConcurrentHashMap<>();

	private final Map<SharedSessionContractImplementor, TransactionChanges> open = new ConcurrentHashMap<>();

	private final Supplier<String> actor;

	AuditEventListener(Supplier<String> actor) {
		this.actor = actor;
	}

	record AuditedType(String name, Set<String> redact) {
	}

	Optional<AuditedType> audited(EntityPersister persister) {
		return this.types.computeIfAbsent(persister.getEntityName(), n -> {
			Audited a = AnnotationUtils.findAnnotation(persister.getMappedClass(), Audited.class);
			return a == null ? Optional.empty() : Optional.of(new AuditedType(a.value(), Set.of(a.redact())));
		});
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		audited(event.getPersister()).ifPresent(type -> {
			ObjectNode after = snapshot(event.getPersister(), type, event.getState(), null, event.getSession());
			record(event.getSession(), new Change(now(), this.actor.get(), AuditAction.CREATE, type.name(),
					String.valueOf(event.getId()), null, after));
		});
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		audited(event.getPersister()).ifPresent(type -> {
			Object[] state = event.getDeletedState();
			ObjectNode before = state == null ? nodes.objectNode() : snapshot(event.getPersister(), type, state, null, event.getSession());
			record(event.getSession(), new Change(now(), this.actor.get(), AuditAction.DELETE, type.name(),
					String.valueOf(event.getId()), before, null));
		});
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		audited(event.getPersister()).ifPresent(type -> {
			EntityPersister p = event.getPersister();
			Object[] state = event.getState();
			Object[] old = event.getOldState();
			Type[] propertyTypes = p.getPropertyTypes();
			boolean[] changed = new boolean[state.length];
			boolean any = false;
			for (int i = 0; i < state.length; i++) {
				if (i == p.getVersionPropertyIndex() || propertyTypes[i].isCollectionType()) {
					continue; // the version is bookkeeping; collections are recorded by their own events
				}
				changed[i] = old == null ? isDirty(event.getDirtyProperties(), i)
						: !propertyTypes[i].isEqual(old[i], state[i], event.getFactory());
				any |= changed[i];
			}
			if (!any) {
				return;
			}
			ObjectNode before = old == null ? unknown(p, changed) : snapshot(p, type, old, changed, event.getSession());
			ObjectNode after = snapshot(p, type, state, changed, event.getSession());
			record(event.getSession(), new Change(now(), this.actor.get(), AuditAction.UPDATE, type.name(),
					String.valueOf(event.getId()), before, after));
		});
	}

	/** A collection changed in place: before is its snapshot, after its contents. */
	@Override
	public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
		collectionChange(event, (cp, session) -> {
			PersistentCollection<?> c = event.getCollection();
			return new JsonNode[] { snapshotValue(c.getStoredSnapshot(), cp, session), contents(c, cp, session) };
		}, false);
	}

	/**
	 * A collection is removed: its owner is deleted (recorded by the deletion), or the collection was
	 * replaced by another one or by {@code null}, which the owner's property now holds.
	 */
	@Override
	public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
		Object owner = event.getAffectedOwnerOrNull();
		if (owner == null) {
			return;
		}
		EntityEntry entry = event.getSession().getPersistenceContextInternal().getEntry(owner);
		if (entry == null || entry.getStatus() == Status.DELETED || entry.getStatus() == Status.GONE) {
			return;
		}
		collectionChange(event, (cp, session) -> {
			EntityPersister op = cp.getOwnerEntityPersister();
			int index = propertyIndex(op, property(cp));
			Object now = index < 0 ? null : op.getValue(owner, index);
			return new JsonNode[] { contents(event.getCollection(), cp, session), now == null ? nodes.nullNode() : contents(now, cp, session) };
		}, true);
	}

	/** A collection is created: with its new owner (part of the creation), or replacing another one. */
	@Override
	public void onPreRecreateCollection(PreCollectionRecreateEvent event) {
		collectionChange(event, (cp, session) -> new JsonNode[] { nodes.nullNode(), contents(event.getCollection(), cp, session) }, false);
	}

	private interface Values {

		JsonNode[] of(CollectionPersister persister, SharedSessionContractImplementor session);

	}

	private void collectionChange(AbstractCollectionEvent event, Values values, boolean removal) {
		String ownerName = event.getAffectedOwnerEntityName();
		Object ownerId = event.getAffectedOwnerIdOrNull();
		if (ownerName == null || ownerId == null) {
			return;
		}
		SharedSessionContractImplementor session = event.getSession();
		EntityPersister owner = session.getFactory().getMappingMetamodel().getEntityDescriptor(ownerName);
		Optional<AuditedType> type = audited(owner);
		String role = event.getCollection().getRole();
		if (type.isEmpty() || role == null) {
			return;
		}
		CollectionPersister cp = session.getFactory().getMappingMetamodel().getCollectionDescriptor(role);
		if (cp.isInverse()) {
			return; // written by the other side, which is audited there
		}
		String id = String.valueOf(ownerId);
		String property = property(cp);
		TransactionChanges tx = changes(session);
		String key = type.get().name() + "#" + id + "." + property;
		boolean isRecreate = event instanceof PreCollectionRecreateEvent;
		if (isRecreate && (tx.wasCreated(type.get().name(), id) || tx.takeReplaced(key))) {
			return;
		}
		if (removal) {
			tx.markReplaced(key);
		}
		boolean redacted = type.get().redact().contains(property);
		JsonNode[] v = values.of(cp, session);
		ObjectNode before = nodes.objectNode().set(property, redacted ? AuditValues.redacted(v[0]) : v[0]);
		ObjectNode after = nodes.objectNode().set(property, redacted ? AuditValues.redacted(v[1]) : v[1]);
		if (before.get(property).equals(after.get(property))) {
			return;
		}
		tx.addPropertyChange(new Change(now(), this.actor.get(), AuditAction.UPDATE, type.get().name(), id, before, after), property);
	}

	private static String property(CollectionPersister cp) {
		String role = cp.getRole();
		String owner = cp.getOwnerEntityPersister().getEntityName();
		return role.startsWith(owner + ".") ? role.substring(owner.length() + 1) : role.substring(role.lastIndexOf('.') + 1);
	}

	private static int propertyIndex(EntityPersister p, String property) {
		return Arrays.asList(p.getPropertyNames()).indexOf(property);
	}

	private void record(SharedSessionContractImplementor session, Change change) {
		if (!session.isTransactionInProgress()) {
			// No transaction to join (auto-commit): the entry is written at once, on the same connection.
			write(session, List.of(change.toPending()));
			return;
		}
		changes(session).add(change);
	}

	private TransactionChanges changes(SharedSessionContractImplementor session) {
		return this.open.computeIfAbsent(session, s -> {
			TransactionChanges tx = new TransactionChanges(this.open);
			s.getTransactionCompletionCallbacks().registerCallback((org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback) tx);
			s.getTransactionCompletionCallbacks().registerCallback((org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback) tx);
			return tx;
		});
	}

	static void write(SharedSessionContractImplementor session, List<PendingEntry> entries) {
		try {
			AuditWriter.append(session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection(), entries);
		}
		catch (SQLException ex) {
			throw session.getJdbcServices().getSqlExceptionHelper().convert(ex, "Could not append to the audit trail");
		}
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	private static boolean isDirty(int @Nullable [] dirty, int index) {
		if (dirty == null) {
			return true;
		}
		for (int d : dirty) {
			if (d == index) {
				return true;
			}
		}
		return false;
	}

	private static ObjectNode unknown(EntityPersister p, boolean[] include) {
		ObjectNode n = nodes.objectNode();
		String[] names = p.getPropertyNames();
		for (int i = 0; i < names.length; i++) {
			if (include[i]) {
				n.put(names[i], UNKNOWN);
			}
		}
		return n;
	}

	/** The properties of {@code state} (all, or those flagged in {@code include}) as a JSON object. */
	private static ObjectNode snapshot(EntityPersister p, AuditedType type, Object[] state, boolean @Nullable [] include,
			SharedSessionContractImplementor session) {
		ObjectNode n = nodes.objectNode();
		String[] names = p.getPropertyNames();
		Type[] propertyTypes = p.getPropertyTypes();
		boolean[] inserted = p.getPropertyInsertability();
		boolean[] updated = p.getPropertyUpdateability();
		for (int i = 0; i < names.length; i++) {
			if (include != null && !include[i]) {
				continue;
			}
			if (!inserted[i] && !updated[i]) {
				continue; // derived from elsewhere (a formula), not the record's own data
			}
			if (type.redact().contains(names[i])) {
				n.set(names[i], AuditValues.redacted(state[i]));
				continue;
			}
			JsonNode value = value(propertyTypes[i], state[i], session);
			if (value != null) {
				n.set(names[i], value);
			}
		}
		return n;
	}

	/** A property value as JSON; {@code null} for what is not recorded (collections not loaded, or inverse). */
	private static @Nullable JsonNode value(Type type, @Nullable Object value, SharedSessionContractImplementor session) {
		if (value == null) {
			return nodes.nullNode();
		}
		if (type instanceof CollectionType ct) {
			if (value instanceof PersistentCollection<?> pc && !pc.wasInitialized()) {
				return null;
			}
			CollectionPersister cp = session.getFactory().getMappingMetamodel().getCollectionDescriptor(ct.getRole());
			return cp.isInverse() ? null : contents(value, cp, session);
		}
		if (type instanceof EntityType et) {
			return AuditValues.scalar(entityId(et.getAssociatedEntityName(), value, session));
		}
		if (type instanceof ComponentType ct) {
			ObjectNode n = nodes.objectNode();
			String[] names = ct.getPropertyNames();
			Object[] values = ct.getPropertyValues(value);
			Type[] subtypes = ct.getSubtypes();
			for (int i = 0; i < names.length; i++) {
				JsonNode v = value(subtypes[i], values[i], session);
				if (v != null) {
					n.set(names[i], v);
				}
			}
			return n;
		}
		return AuditValues.scalar(value);
	}

	private static @Nullable Object entityId(String entityName, Object entity, SharedSessionContractImplementor session) {
		if (entity instanceof HibernateProxy proxy) {
			return proxy.getHibernateLazyInitializer().getInternalIdentifier();
		}
		return session.getFactory().getMappingMetamodel().getEntityDescriptor(entityName).getIdentifier(entity, session);
	}

	/** A collection's current contents: a map as an object, anything else as an array in a stable order. */
	private static JsonNode contents(Object collection, CollectionPersister cp, SharedSessionContractImplementor session) {
		if (collection instanceof Map<?, ?> map) {
			return mapNode(map, cp, session);
		}
		if (collection instanceof Collection<?> c) {
			return arrayNode(c, cp, session);
		}
		if (collection.getClass().isArray()) {
			List<Object> list = new ArrayList<>();
			for (int i = 0; i < java.lang.reflect.Array.getLength(collection); i++) {
				list.add(java.lang.reflect.Array.get(collection, i));
			}
			return arrayNode(list, cp, session);
		}
		return AuditValues.scalar(collection);
	}

	/** A collection's snapshot as Hibernate keeps it (sets and id-bags as maps, lists and bags as lists). */
	private static JsonNode snapshotValue(@Nullable Object snapshot, CollectionPersister cp, SharedSessionContractImplementor session) {
		if (snapshot == null) {
			return nodes.nullNode();
		}
		CollectionClassification kind = cp.getCollectionType().getCollectionClassification();
		boolean isMap = kind == CollectionClassification.MAP || kind == CollectionClassification.ORDERED_MAP
				|| kind == CollectionClassification.SORTED_MAP;
		if (snapshot instanceof Map<?, ?> map) {
			return isMap ? mapNode(map, cp, session) : arrayNode(map.values(), cp, session);
		}
		return contents(snapshot, cp, session);
	}

	private static JsonNode mapNode(Map<?, ?> map, CollectionPersister cp, SharedSessionContractImplementor session) {
		ObjectNode n = nodes.objectNode();
		map.entrySet().stream()
			.map(e -> Map.entry(String.valueOf(keyText(e.getKey(), cp, session)), element(e.getValue(), cp, session)))
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> n.set(e.getKey(), e.getValue()));
		return n;
	}

	private static Object keyText(@Nullable Object key, CollectionPersister cp, SharedSessionContractImplementor session) {
		JsonNode k = key == null ? nodes.nullNode() : value(cp.getIndexType(), key, session);
		return k == null ? String.valueOf(key) : (k.isString() ? k.asString() : k.toString());
	}

	private static ArrayNode arrayNode(Collection<?> c, CollectionPersister cp, SharedSessionContractImplementor session) {
		ArrayNode a = nodes.arrayNode();
		CollectionClassification kind = cp.getCollectionType().getCollectionClassification();
		boolean ordered = kind == CollectionClassification.LIST || kind == CollectionClassification.ARRAY
				|| kind == CollectionClassification.ORDERED_SET || kind == CollectionClassification.SORTED_SET;
		var elements = c.stream().map(e -> element(e, cp, session));
		// An unordered collection gets a stable order, so that equal contents compare and read equal.
		(ordered ? elements : elements.sorted(Comparator.comparing(JsonNode::toString))).forEach(a::add);
		return a;
	}

	private static JsonNode element(@Nullable Object e, CollectionPersister cp, SharedSessionContractImplementor session) {
		JsonNode v = value(cp.getElementType(), e, session);
		return v == null ? nodes.nullNode() : v;
	}

}
