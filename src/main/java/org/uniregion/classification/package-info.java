/**
 * The classifications shipped in the product: GB/T 4754-2017 national industries (国民经济行业分类) and the
 * International Patent Classification 2026.01 with Chinese titles. Reference data, read by everyone.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform" })
@org.jspecify.annotations.NullMarked
package org.uniregion.classification;
