package org.siao.areas;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AreasTests {

	private final Areas areas = Areas.load();

	@Test
	void khonKaenHasItsProvincialCapitalDistrictAndSubdistrict() {
		assertThat(areas.find("40")).get().extracting(Area::nameTh, Area::nameEn).containsExactly("ขอนแก่น", "Khon Kaen");
		assertThat(areas.districts("40")).extracting(Area::code, Area::nameTh).contains(tuple("4001", "เมืองขอนแก่น"));
		assertThat(areas.subdistricts("4001")).extracting(Area::code, Area::nameTh).contains(tuple("400101", "ในเมือง"));
		assertThat(areas.find("4001").orElseThrow().name(Locale.ENGLISH)).isEqualTo("Mueang Khon Kaen");
		assertThat(areas.find("4001").orElseThrow().name(Locale.forLanguageTag("th"))).isEqualTo("เมืองขอนแก่น");
	}

	@Test
	void khonKaenHasItsCurrentDistrictsIncludingWiangKao() {
		// Khon Kaen is kept current with DOPA's code list: 26 districts, Wiang Kao under its code 4029
		assertThat(areas.districts("40")).hasSize(26);
		assertThat(areas.districts("40")).extracting(Area::code, Area::nameTh).contains(tuple("4029", "เวียงเก่า"));
		assertThat(areas.subdistricts("4029")).isNotEmpty();
		assertThat(areas.find("4026")).isEmpty();
	}

	@Test
	void everyCodeNestsInItsParentAndEveryAreaIsReachableFromAProvince() {
		List<Area> all = new ArrayList<>();
		for (Area province : areas.provinces()) {
			all.add(province);
			assertThat(province.code()).matches("\\d{2}");
			for (Area district : areas.districts(province.code())) {
				all.add(district);
				assertThat(district.code()).matches("\\d{4}").startsWith(province.code());
				for (Area sub : areas.subdistricts(district.code())) {
					all.add(sub);
					assertThat(sub.code()).matches("\\d{6}").startsWith(district.code());
				}
			}
		}
		Set<String> codes = new HashSet<>();
		all.forEach(a -> assertThat(codes.add(a.code())).as("code %s listed once", a.code()).isTrue());
		assertThat(all).hasSize(areas.size());
		assertThat(all).allSatisfy(a -> {
			assertThat(a.nameTh()).isNotBlank().isEqualTo(a.nameTh().strip());
			assertThat(a.nameEn()).isNotBlank().isEqualTo(a.nameEn().strip()).isNotEqualToIgnoringCase("null").doesNotContain("  ");
			assertThat(a.nameTh()).doesNotContain("  ").doesNotContain("*").doesNotStartWith("เขต ");
		});
	}

	@Test
	void everyProvinceHasDistrictsAndEveryDistrictSubdistricts() {
		assertThat(areas.provinces()).allSatisfy(p -> assertThat(areas.districts(p.code())).isNotEmpty());
		assertThat(areas.provinces()).allSatisfy(p -> assertThat(areas.districts(p.code()))
			.allSatisfy(d -> assertThat(areas.subdistricts(d.code())).as(d.toString()).isNotEmpty()));
	}

	@Test
	void listsAreInThaiDictionaryOrder() {
		Collator thai = Collator.getInstance(Locale.forLanguageTag("th"));
		assertThat(areas.provinces()).extracting(Area::nameTh).isSortedAccordingTo(thai);
		assertThat(areas.districts("40")).extracting(Area::nameTh).isSortedAccordingTo(thai);
		// Thai order ignores leading vowels: เมือง (Mueang) files under ม, after บ
		List<String> names = areas.districts("40").stream().map(Area::nameTh).toList();
		assertThat(names.indexOf("เมืองขอนแก่น")).isGreaterThan(names.indexOf("บ้านไผ่"));
	}

	@Test
	void aLevelAskedOfTheWrongKindOfCodeIsEmpty() {
		assertThat(areas.districts("4001")).isEmpty();
		assertThat(areas.subdistricts("40")).isEmpty();
		assertThat(areas.districts("99")).isEmpty();
		assertThat(areas.find("x")).isEmpty();
		assertThat(areas.find(null)).isEmpty();
	}

	@Test
	void aBrokenListIsRefusedNamingTheLine() {
		String header = "code,parent,level,name_th,name_en";
		assertThatThrownBy(() -> AreaFile.parse("t.csv", List.of(header, "40,,province,ขอนแก่น,Khon Kaen", "4101,40,district,x,y")))
			.hasMessageContaining("line 3").hasMessageContaining("must have parent '41'");
		assertThatThrownBy(() -> AreaFile.parse("t.csv", List.of(header, "40,,province,ขอนแก่น,Khon Kaen", "40,,province,ซ้ำ,Again")))
			.hasMessageContaining("line 3").hasMessageContaining("appears twice");
		assertThatThrownBy(() -> AreaFile.parse("t.csv", List.of(header, "40,,province,,Khon Kaen")))
			.hasMessageContaining("line 2").hasMessageContaining("Thai and an English name");
		assertThatThrownBy(() -> AreaFile.parse("t.csv", List.of(header, "4001,40,district,เมือง,Mueang")))
			.hasMessageContaining("not listed before it");
		assertThatThrownBy(() -> AreaFile.parse("t.csv", List.of("code;name")))
			.hasMessageContaining("must start with the header");
		assertThatThrownBy(() -> AreaFile.read("areas/none.csv")).hasMessageContaining("missing");
	}

}
