/** Messages of the mail area, Vietnamese first; the English record must have every key (the type checks it). */
export const mailVi = {
  "mailbox.title": "Hộp thư demo",
  "mailbox.lead": "Bản demo không gửi thư thật (chưa đặt RESEND_API_KEY): mọi thư cổng lẽ ra gửi đi được giữ lại và hiện ở đây, mới nhất trước. Trang này chỉ có ở chế độ demo.",
  "mailbox.empty": "Chưa có thư nào.",
  "mailbox.to": "Gửi đến",
  "mailbox.status.pending": "Chờ gửi",
  "mailbox.status.sending": "Đang gửi",
  "mailbox.status.sent": "Đã gửi",
  "mailbox.status.kept": "Giữ lại (demo)",
  "mailbox.status.failed": "Gửi lỗi",
  "mail.greeting": "Kính gửi Ông/Bà,",
  "mail.greetingName": "Kính gửi Ông/Bà {name},",
  "mail.greetingOfficer": "Kính gửi cán bộ phụ trách tiếp nhận, xử lý kiến nghị,",
  "mail.greetingAgency": "Kính gửi {agency},",
  "mail.closing": "Trân trọng,",
  "mail.signature": "Cổng minh bạch",
  "mail.automatic": "Đây là thư tự động, vui lòng không trả lời thư này.",
  "mail.privateLink":
    "Đường dẫn trên chỉ dành riêng cho Ông/Bà; vui lòng không chia sẻ cho người khác. Khi cần tra cứu qua đường dây nóng, Ông/Bà chỉ cần đọc mã số {code}.",

  "mail.receipt.subject": "Đã tiếp nhận kiến nghị {code}",
  "mail.receipt.intro": "Cổng minh bạch đã tiếp nhận kiến nghị, phản ánh của Ông/Bà. Mã số kiến nghị: {code}.",
  "mail.receipt.agency": "Kiến nghị đã được chuyển đến {agency} để xem xét, giải quyết theo quy định.",
  "mail.receipt.triage":
    "Bộ phận tiếp nhận của tỉnh sẽ phân loại và chuyển kiến nghị đến cơ quan có thẩm quyền để xem xét, giải quyết theo quy định.",
  "mail.receipt.link": "Ông/Bà có thể theo dõi tình hình xử lý và nhận nội dung trả lời tại:",

  "mail.status.subject": "Kiến nghị {code}: {status}",
  "mail.status.intro": "Kiến nghị {code} của Ông/Bà đã được cập nhật tình trạng xử lý: {status}.",
  "mail.status.link": "Xem chi tiết tại:",

  "mail.info.subject": "Kiến nghị {code}: đề nghị bổ sung thông tin",
  "mail.info.intro": "Để có cơ sở xem xét, giải quyết kiến nghị {code}, cơ quan xử lý đề nghị Ông/Bà bổ sung thông tin như sau:",
  "mail.info.link": "Ông/Bà vui lòng gửi thông tin bổ sung tại:",
  "mail.info.clock": "Thời hạn giải quyết được tạm dừng cho đến khi cơ quan nhận được thông tin bổ sung.",

  "mail.answered.subject": "Kiến nghị {code} đã có văn bản trả lời",
  "mail.answered.intro": "Cơ quan có thẩm quyền đã trả lời kiến nghị {code} của Ông/Bà như sau:",
  "mail.answered.link": "Xem chi tiết và đánh giá mức độ hài lòng tại:",
  "mail.answered.reopen":
    "Nếu chưa đồng ý với nội dung trả lời, Ông/Bà có thể đề nghị xem xét lại một lần trong thời hạn 10 ngày làm việc.",

  "mail.officerNew.subject": "Kiến nghị mới {code}: {subject}",
  "mail.officerNew.intro": "Cơ quan vừa nhận được kiến nghị mới, mã số {code}, với nội dung:",
  "mail.officerNew.link": "Đề nghị xem xét, xử lý trong thời hạn quy định tại:",

  "mail.reminder.subject": "Nhắc việc: kiến nghị cần xử lý ({overdue} quá hạn, {dueSoon} sắp đến hạn)",
  "mail.reminder.intro": "Hiện có {count} kiến nghị sắp đến hạn hoặc đã quá hạn giải quyết.",
  "mail.reminder.overdue": "Đã quá hạn ({count}):",
  "mail.reminder.dueSoon": "Sắp đến hạn ({count}):",
  "mail.reminder.item": "- {code}: {subject} (hạn {due})",
  "mail.reminder.link": "Đề nghị khẩn trương xem xét, xử lý. Danh sách kiến nghị của cơ quan:",
} as const;

export const mailEn: Record<keyof typeof mailVi, string> = {
  "mailbox.title": "Demo mailbox",
  "mailbox.lead": "The demo sends no real mail (RESEND_API_KEY is not set): every mail the portal would send is kept and shown here, newest first. This page exists only in demo mode.",
  "mailbox.empty": "No mail yet.",
  "mailbox.to": "To",
  "mailbox.status.pending": "Waiting",
  "mailbox.status.sending": "Sending",
  "mailbox.status.sent": "Sent",
  "mailbox.status.kept": "Kept (demo)",
  "mailbox.status.failed": "Failed",
  "mail.greeting": "Dear Sir or Madam,",
  "mail.greetingName": "Dear {name},",
  "mail.greetingOfficer": "Dear officer in charge of petitions,",
  "mail.greetingAgency": "Dear {agency},",
  "mail.closing": "Kind regards,",
  "mail.signature": "Transparency Portal",
  "mail.automatic": "This is an automatic message; please do not reply to it.",
  "mail.privateLink":
    "The link above is for you only; please do not share it. If you call the hotline, just give the code {code}.",

  "mail.receipt.subject": "We have received your petition {code}",
  "mail.receipt.intro": "The Transparency Portal has received your petition. Its code is {code}.",
  "mail.receipt.agency": "It has been sent to {agency}, which will consider it and reply within the legal time limit.",
  "mail.receipt.triage":
    "The province's reception team will pass it to the agency responsible, which will consider it and reply within the legal time limit.",
  "mail.receipt.link": "You can follow its progress and read the answer at:",

  "mail.status.subject": "Petition {code}: {status}",
  "mail.status.intro": "The status of your petition {code} has changed to: {status}.",
  "mail.status.link": "See the details at:",

  "mail.info.subject": "Petition {code}: more information needed",
  "mail.info.intro": "To deal with your petition {code}, the agency asks you for the following information:",
  "mail.info.link": "Please send the information at:",
  "mail.info.clock": "The time limit is paused until the agency receives it.",

  "mail.answered.subject": "Your petition {code} has been answered",
  "mail.answered.intro": "The agency responsible has answered your petition {code}:",
  "mail.answered.link": "See the details and rate the answer at:",
  "mail.answered.reopen":
    "If you are not satisfied with the answer, you can ask for it to be reconsidered once, within 10 working days.",

  "mail.officerNew.subject": "New petition {code}: {subject}",
  "mail.officerNew.intro": "Your agency has received a new petition, code {code}:",
  "mail.officerNew.link": "Please deal with it within the time limit at:",

  "mail.reminder.subject": "Reminder: petitions needing action ({overdue} overdue, {dueSoon} due soon)",
  "mail.reminder.intro": "Petitions due soon or past their due date: {count}.",
  "mail.reminder.overdue": "Overdue ({count}):",
  "mail.reminder.dueSoon": "Due soon ({count}):",
  "mail.reminder.item": "- {code}: {subject} (due {due})",
  "mail.reminder.link": "Please deal with them promptly. Your agency's petitions:",
};
