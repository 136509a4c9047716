// The share of households failing each indicator, as a bar chart; the table below has the same numbers.
(function () {
	var box = document.getElementById('indicator-chart');
	var data = JSON.parse(document.getElementById('indicator-data').textContent || '[]');
	if (!box || !window.echarts || data.length === 0) {
		if (box) { box.hidden = true; }
		return;
	}
	var chart = echarts.init(box, null, { renderer: 'canvas' });
	chart.setOption({
		animation: false,
		grid: { left: 70, right: 16, top: 8, bottom: 24 },
		xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
		yAxis: { type: 'category', inverse: true, data: data.map(function (d) { return d.code; }) },
		series: [{ type: 'bar', itemStyle: { color: '#1f5fa8' },
			data: data.map(function (d) { return Math.round(d.share * 1000) / 10; }) }]
	});
	box.style.height = Math.max(160, data.length * 22 + 40) + 'px';
	chart.resize();
	window.addEventListener('resize', function () { chart.resize(); });
}());
