/**
 * Research results (科技成果): what the university can transfer — patents, software copyrights, know-how and
 * more — with their classes, readiness, IP status, owners and terms, and their visibility from draft to the
 * published catalog.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "classification", "search" })
@org.jspecify.annotations.NullMarked
package org.uniregion.result;
