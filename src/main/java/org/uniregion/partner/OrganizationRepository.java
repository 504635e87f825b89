package org.uniregion.partner;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long>, JpaSpecificationExecutor<Organization> {

	boolean existsByCreditCode(String creditCode);

	boolean existsByCreditCodeAndIdNot(String creditCode, long id);

	boolean existsByDemoTrue();

	/**
	 * The names of these organizations. One array parameter however many ids there are: Hibernate caches the SQL of
	 * such a query, while an {@code IN} list of parameters was translated again on every call.
	 */
	@Query("select new org.uniregion.partner.OrganizationName(o.id, o.nameZh, o.nameEn) from Organization o "
			+ "where array_contains(:ids, o.id)")
	List<OrganizationName> findNames(Long[] ids);

}
