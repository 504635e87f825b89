package org.uniregion.partner;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OrganizationRepository extends JpaRepository<Organization, Long>, JpaSpecificationExecutor<Organization> {

	boolean existsByCreditCode(String creditCode);

	boolean existsByCreditCodeAndIdNot(String creditCode, long id);

	boolean existsByDemoTrue();

	List<Organization> findByIdIn(java.util.Collection<Long> ids);

}
