/**
 * Bulk import and export (批量导入导出) of research results and demands: CSV (UTF-8 or GBK/GB18030) and XLSX
 * files checked row by row with the result and demand modules' own rules in a dry run, then committed all or
 * nothing; the import is a job resource with its progress. Export of any filtered list to CSV and XLSX, safe
 * against formula injection. The result and demand modules know nothing of file formats.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "platform", "result", "demand" })
@org.jspecify.annotations.NullMarked
package org.uniregion.bulk;
