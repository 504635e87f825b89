/**
 * Small, stable building blocks that every module may use: domain exceptions that the platform turns into
 * RFC 9457 problems, and the marker for audited entities.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.uniregion.shared;
