/**
 * Leads (线索): interest that a visitor expresses in a published research result of the public catalog, which
 * the office follows up (new → contacted → qualified / closed). A researcher sees the leads on its own results.
 * Publishes {@link org.uniregion.lead.LeadReceived}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "result" })
@org.jspecify.annotations.NullMarked
package org.uniregion.lead;
