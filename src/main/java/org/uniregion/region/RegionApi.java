package org.uniregion.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * What other modules may ask about regions: whether a code is real, and its names and place in the tree.
 * The regions are reference data: every answer comes from memory, loaded once at start-up.
 */
public interface RegionApi {

	/** The region with this GB/T 2260 code, if it is one of the shipped regions. */
	Optional<RegionView> find(String code);

	default boolean exists(String code) {
		return find(code).isPresent();
	}

	/** The regions with these codes (unknown codes are left out), for labelling lists without N queries. */
	Map<String, RegionView> findAll(Collection<String> codes);

	/** The 34 provincial-level regions, by code. */
	List<RegionView> provinces();

	/** The regions directly below {@code code}, by code; empty for a county or an unknown code. */
	List<RegionView> children(String code);

	/** The regions above {@code code}, from the province down to its parent; empty for a province or an unknown code. */
	List<RegionView> ancestors(String code);

	/** The national strategic zones, in their customary order (economic regions, programmes, strategies). */
	List<ZoneView> zones();

	/** The zone with this code, if there is one. */
	Optional<ZoneView> zone(String code);

	/**
	 * The regions matching every criterion that is set, ordered by code (descending only when the pageable
	 * asks for {@code code,desc}; other sort properties are ignored).
	 */
	Page<RegionView> search(RegionSearch search, Pageable pageable);

}
