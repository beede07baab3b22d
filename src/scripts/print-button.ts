/** The "In báo cáo" buttons: hidden in the HTML, shown and wired only where JavaScript runs. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
