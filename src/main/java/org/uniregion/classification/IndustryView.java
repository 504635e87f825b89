package org.uniregion.classification;

import org.jspecify.annotations.Nullable;

/**
 * A GB/T 4754-2017 industry.
 *
 * @param level 1 section (门类, a letter), 2 division (大类), 3 group (中类), 4 class (小类)
 * @param path the names from the section down to this one, e.g. "制造业 / 计算机、通信和其他电子设备制造业"
 */
public record IndustryView(String code, String name, int level, @Nullable String parentCode, String path) {
}
