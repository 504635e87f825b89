/**
 * The administrative divisions of China (GB/T 2260, 2024) as a tree, province › prefecture › county, and the
 * national strategic zones they belong to. Reference data, shipped in the product and read by everyone.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
@org.jspecify.annotations.NullMarked
package org.uniregion.region;
