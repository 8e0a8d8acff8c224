function renderMember(member) {
  const card = document.createElement('article');
  card.className = 'member-card';
  const name = document.createElement('h2');
  name.textContent = member.fullName;
  const mail = document.createElement('a');
  mail.href = `mailto:${member.email}`;
  mail.textContent = member.email;
  const tel = document.createElement('span');
  tel.textContent = member.phone ?? '';
  card.append(name, mail, tel);
  return card;
}

fetch('/api/members/me')
  .then((r) => r.json())
  .then((member) => document.querySelector('#member').replaceChildren(renderMember(member)));
