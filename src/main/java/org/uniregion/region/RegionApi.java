package org.uniregion.region;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may ask about regions: whether a code is real, and its names and place in the tree.
 */
public interface RegionApi {

	/** The region with this GB/T 2260 code, if it is one of the shipped regions. */
	Optional<RegionView> find(String code);

	default boolean exists(String code) {
		return find(code).isPresent();
	}

	/** The regions with these codes (unknown codes are left out), for labelling lists without N queries. */
	Map<String, RegionView> findAll(Collection<String> codes);

}
