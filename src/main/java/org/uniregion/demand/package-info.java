/**
 * Technology demands (技术需求): the problems enterprises, region partners, the office and the public post, with
 * their lifecycle (submitted → open → matched → closed, or expired after the deadline), the moderated public
 * form and its abuse protection. Publishes {@link org.uniregion.demand.DemandOpened} and
 * {@link org.uniregion.demand.DemandClosed} for matching.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "region", "classification", "search" })
@org.jspecify.annotations.NullMarked
package org.uniregion.demand;
