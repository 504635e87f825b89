/**
 * The platform every capability runs on: the embedded database, security and the one access policy that
 * decides what a caller may see and change, the web layout, i18n and the API's error answers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.uniregion.platform;
