package org.siao.catalogue;

/**
 * The five dimensions of the Khon Kaen programme, named as in the provincial MOU of 2020 (seed
 * document), in its order.
 */
public enum Dimension {

	ECONOMY(new Text("มิติด้านเศรษฐกิจ อาชีพ และรายได้", "Economy, occupation and income")),
	HEALTH(new Text("มิติด้านพัฒนาคุณภาพชีวิต สุขภาพ และการสาธารณสุข", "Quality of life, health and public health")),
	EDUCATION(new Text("มิติการศึกษา", "Education")),
	HOUSING(new Text("มิติด้านที่อยู่อาศัย สังคมชุมชน และความคิดสร้างสรรค์", "Housing, community and creativity")),
	WELFARE(new Text("มิติด้านสวัสดิการแห่งรัฐ", "State welfare"));

	private final Text title;

	Dimension(Text title) {
		this.title = title;
	}

	public Text title() {
		return title;
	}

}
