// The import's progress from server-sent events; once finished the page is loaded again to list the bad lines.
(function () {
	var box = document.getElementById('import');
	if (!box || box.getAttribute('data-finished') === 'true' || !window.EventSource) {
		return;
	}
	var bar = document.getElementById('import-progress');
	if (!(bar.value > 0)) {
		bar.removeAttribute('value');
	}
	var events = new EventSource(box.getAttribute('data-events'));
	events.addEventListener('progress', function (e) {
		var p = JSON.parse(e.data);
		document.getElementById('lines').textContent = p.lines;
		if (p.total > 0) {
			bar.value = Math.min(1, p.lines / p.total);
		}
		document.getElementById('kept').textContent = p.kept;
		document.getElementById('bad').textContent = p.bad;
		if (p.finished) {
			events.close();
			bar.value = 1;
			window.location.reload();
		}
	});
}());
