/**
 * Partner organizations with their contacts, and the framework agreements the university signs with a region or
 * an organization: their lifecycle, documents and expiry reminders.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "region" })
@org.jspecify.annotations.NullMarked
package org.uniregion.partner;
