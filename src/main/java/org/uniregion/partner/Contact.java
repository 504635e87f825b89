package org.uniregion.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.uniregion.shared.Audited;

/** A contact person (联系人) of an organization; part of the organization's aggregate. */
@Entity
@Table(name = "partner_contact")
@Audited("contact")
class Contact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organization_id")
	private @Nullable Organization organization;

	private String name;

	private @Nullable String title;

	private @Nullable String phone;

	private @Nullable String email;

	@Version
	private long version;

	protected Contact() {
		this.name = "";
	}

	Contact(Organization organization, SaveContact cmd) {
		this.organization = organization;
		this.name = cmd.name().trim();
		apply(cmd);
	}

	final void apply(SaveContact cmd) {
		this.name = cmd.name().trim();
		this.title = Organization.blankToNull(cmd.title());
		this.phone = Organization.blankToNull(cmd.phone());
		this.email = Organization.blankToNull(cmd.email());
	}

	ContactView toView() {
		return new ContactView(this.id == null ? 0 : this.id, this.name, this.title, this.phone, this.email, this.version);
	}

	@Nullable Long getId() {
		return this.id;
	}

	@Nullable String getEmail() {
		return this.email;
	}

	long getVersion() {
		return this.version;
	}

}
