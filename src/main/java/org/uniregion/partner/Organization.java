package org.uniregion.partner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.uniregion.platform.ScopedRecord;
import org.uniregion.shared.Audited;

/**
 * A partner organization (合作单位) and its contacts. An enterprise user is scoped to its own organization,
 * so the organization's own id is its organization scope.
 */
@Entity
@Table(name = "partner_organization")
@Audited("organization")
class Organization implements ScopedRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String nameZh;

	private @Nullable String nameEn;

	@Enumerated(EnumType.STRING)
	private OrganizationType type;

	private String regionCode;

	private @Nullable String creditCode;

	private @Nullable String address;

	private @Nullable String website;

	private @Nullable String description;

	private boolean demo;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	@OneToMany(mappedBy = "organization", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Contact> contacts = new ArrayList<>();

	protected Organization() {
		this.nameZh = "";
		this.type = OrganizationType.OTHER;
		this.regionCode = "";
	}

	Organization(SaveOrganization cmd, boolean demo) {
		this();
		this.demo = demo;
		apply(cmd);
	}

	/** Takes over the command's values (already validated as a whole). */
	final void apply(SaveOrganization cmd) {
		this.nameZh = cmd.nameZh().trim();
		this.nameEn = blankToNull(cmd.nameEn());
		this.type = cmd.type();
		this.regionCode = cmd.regionCode().trim();
		this.creditCode = CreditCodes.normalize(cmd.creditCode());
		this.address = blankToNull(cmd.address());
		this.website = blankToNull(cmd.website());
		this.description = blankToNull(cmd.description());
	}

	Contact addContact(SaveContact cmd) {
		Contact c = new Contact(this, cmd);
		this.contacts.add(c);
		return c;
	}

	Optional<Contact> contact(long contactId) {
		return this.contacts.stream().filter(c -> c.getId() != null && c.getId() == contactId).findFirst();
	}

	void removeContact(Contact contact) {
		this.contacts.remove(contact);
	}

	static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	@Override
	public String scopeRegionCode() {
		return this.regionCode;
	}

	@Override
	public @Nullable Long scopeOrganizationId() {
		return this.id;
	}

	@Nullable Long getId() {
		return this.id;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("Organization not saved yet");
		}
		return this.id;
	}

	String getNameZh() {
		return this.nameZh;
	}

	@Nullable String getNameEn() {
		return this.nameEn;
	}

	OrganizationType getType() {
		return this.type;
	}

	String getRegionCode() {
		return this.regionCode;
	}

	@Nullable String getCreditCode() {
		return this.creditCode;
	}

	@Nullable String getAddress() {
		return this.address;
	}

	@Nullable String getWebsite() {
		return this.website;
	}

	@Nullable String getDescription() {
		return this.description;
	}

	boolean isDemo() {
		return this.demo;
	}

	long getVersion() {
		return this.version;
	}

	List<Contact> getContacts() {
		return this.contacts;
	}

}
