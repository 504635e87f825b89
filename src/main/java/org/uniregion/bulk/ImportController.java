package org.uniregion.bulk;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uniregion.platform.Caller;
import org.uniregion.shared.BusinessRuleException;
import org.uniregion.shared.ConflictException;
import org.uniregion.shared.DomainException;

/**
 * Pages of bulk import: the upload form and the caller's jobs; one job with its live progress (htmx polls the
 * progress fragment while the job runs and stops when it is done), its errors, the report and its actions.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

	private final ImportService imports;

	private final MessageSource messages;

	ImportController(ImportService imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Caller caller = Caller.current();
		if (!this.imports.mayImport(caller)) {
			throw new AccessDeniedException("May not import");
		}
		model.addAttribute("page", this.imports.list(caller, PageRequest.of(Math.max(0, page), 20, Sort.by(Sort.Direction.DESC, "createdAt"))));
		model.addAttribute("kinds", List.of(ImportKind.values()).stream().filter(k -> this.imports.mayImport(caller, k)).toList());
		return "bulk/imports";
	}

	@PostMapping
	String upload(@RequestParam(required = false) @Nullable MultipartFile file, @RequestParam ImportKind kind,
			@RequestParam(required = false) @Nullable String encoding, RedirectAttributes redirect) throws IOException {
		if (!this.imports.mayImport(Caller.current(), kind)) {
			throw new AccessDeniedException("May not import " + kind);
		}
		try {
			if (file == null || file.isEmpty()) {
				throw new org.uniregion.shared.BusinessRuleException("bulk.file.empty");
			}
			ImportView job = this.imports.upload(Caller.current(), kind, ImportRestController.name(file), file.getBytes(),
					encoding == null || encoding.isBlank() ? null : encoding);
			return "redirect:/imports/" + job.id();
		}
		catch (BusinessRuleException | ConflictException ex) {
			redirect.addFlashAttribute("flashError", message(ex));
			return "redirect:/imports";
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		Caller caller = Caller.current();
		ImportView job = this.imports.get(caller, id);
		model.addAttribute("job", job);
		model.addAttribute("errors", this.imports.errors(caller, id, PageRequest.of(Math.max(0, page), 50)));
		model.addAttribute("rowMessages", new Messages(this.imports, LocaleContextHolder.getLocale()));
		return "bulk/import";
	}

	@GetMapping("/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		ImportView job = this.imports.get(Caller.current(), id);
		model.addAttribute("job", job);
		return "bulk/import :: progress";
	}

	@PostMapping("/{id}/commit")
	String commit(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.imports.commit(Caller.current(), id);
		}
		catch (BusinessRuleException | ConflictException ex) {
			redirect.addFlashAttribute("flashError", message(ex));
		}
		return "redirect:/imports/" + id;
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.imports.discard(Caller.current(), id);
			redirect.addFlashAttribute("flash", "bulk.discarded");
			return "redirect:/imports";
		}
		catch (BusinessRuleException | ConflictException ex) {
			redirect.addFlashAttribute("flashError", message(ex));
			return "redirect:/imports/" + id;
		}
	}

	private String message(DomainException ex) {
		return this.messages.getMessage(ex.code(), ex.args(), ex.code(), LocaleContextHolder.getLocale());
	}

	/** Resolves an error's message for the page. */
	record Messages(ImportService imports, Locale locale) {

		public String of(RowError e) {
			return this.imports.message(e, this.locale);
		}

	}

}
