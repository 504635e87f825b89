package org.uniregion.accessmatrix;

import java.util.List;

/**
 * A capability's rows of the authorization matrix. Implement it in the capability's test package (with a
 * public no-argument constructor); {@link AuthorizationMatrixIntegrationTests} finds every implementation,
 * runs every row with every user, and fails if an endpoint or page of the application has no row at all.
 */
public interface AccessMatrixRows {

	List<AccessRow> rows(MatrixContext ctx);

}
